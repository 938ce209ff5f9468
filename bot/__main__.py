import os
import signal
import sys

# Before any import: the bot takes SIGHUP as "reload faq.yaml" (bot.telegram.run), and must not
# die of one sent while it is still starting. The console keeps the default (closing the terminal ends it).
if "run" in sys.argv[1:] or os.environ.get("TELEGRAM_BOT_TOKEN") or os.environ.get("TELEGRAM_BOT_TOKEN_FILE"):
    signal.signal(signal.SIGHUP, signal.SIG_IGN)

from bot.cli import main

sys.exit(main())
