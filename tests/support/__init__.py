"""What the tests (and bench/, on purpose) share: the Bot API emulator, the fault proxy,
the wiring of a running bot, a fake clock and a safe text edit."""
