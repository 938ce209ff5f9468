# syntax=docker/dockerfile:1
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Pinned dependencies first, so code changes do not reinstall them (layer cache).
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

COPY pyproject.toml README.md ./
COPY bot ./bot
COPY faq.yaml /app/config/faq.yaml
RUN pip install --no-cache-dir --no-deps . \
    && groupadd --gid 10001 clinicbot \
    && useradd --create-home --uid 10001 --gid 10001 clinicbot \
    && mkdir -p /app/data \
    && chown 10001:10001 /app/data

USER 10001:10001

# Mount a folder over /app/config to edit faq.yaml live (a folder, not the single file:
# editors save by replacing the file, which a single-file mount would not see).
ENV FAQ_PATH=/app/config/faq.yaml \
    BOT_DB_PATH=/app/data/bot.sqlite3
VOLUME ["/app/data"]

# Healthy while the bot's main loop keeps its heartbeat file fresh.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["python", "-m", "bot", "health"]

STOPSIGNAL SIGTERM
ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]
