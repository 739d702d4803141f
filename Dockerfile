# One image for the gateway and every worker pool; the command picks which. Debian (glibc): the Temporal
# core bridge ships no musl build, so no Alpine.
FROM node:20-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends util-linux jq git && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
USER node
ENV NODE_ENV=production OCTOLLM_DATA_DIR=/tmp/octollm HOST=0.0.0.0
CMD ["npx", "tsx", "gateway/main.ts"]
