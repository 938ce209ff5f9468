# syntax=docker/dockerfile:1
# Stage 1 builds the package into a wheel; only that wheel reaches the image, so the
# code is in it once (in site-packages) and no build leftovers remain.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Pinned dependencies first, so code changes do not reinstall them (layer cache).
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

# The wheel is mounted for the install only, never copied into a layer.
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-deps /wheels/*.whl \
    && groupadd --gid 10001 clinicbot \
    && useradd --create-home --uid 10001 --gid 10001 clinicbot \
    && mkdir -p /app/data /app/config \
    && chown 10001:10001 /app/data

# The shipped FAQ, checked at build time: an image never starts with a broken file.
COPY faq.yaml /app/config/faq.yaml
RUN python -m bot check /app/config/faq.yaml

USER 10001:10001

# Mount a folder over /app/config to edit faq.yaml live (a folder, not the single file:
# editors save by replacing the file, which a single-file mount would not see).
# WEBHOOK_LISTEN: the bot's own default is 127.0.0.1; inside a container the published port
# (-p) is the boundary, so listen on the container's interfaces.
ENV FAQ_PATH=/app/config/faq.yaml \
    BOT_DB_PATH=/app/data/bot.sqlite3 \
    WEBHOOK_LISTEN=0.0.0.0
VOLUME ["/app/data"]

# Webhook mode (WEBHOOK_URL set) listens here; long polling needs no port.
EXPOSE 8443

# Healthy while the bot's main loop keeps its heartbeat file fresh.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["python", "-m", "bot", "health"]

STOPSIGNAL SIGTERM
ENTRYPOINT ["python", "-m", "bot"]
CMD ["run"]
