# syntax=docker/dockerfile:1
# Consilium: the API and the web app it serves. Expects DATABASE_URL (the app's role),
# MIGRATION_DATABASE_URL (the schema owner's, for the migrations at start; docs/adr/0008) and
# JWT_SECRET (see .env.example); the embedded PostgreSQL is for development, not for the container.
FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
# The API and the web app it serves at / (dist/apps/web); the browser packages are devDependencies
# and go with the prune.
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/apps/api/src/main.js"]
