# Production image: the portal against an external PostgreSQL (DATABASE_URL), see docker-compose.yml.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --include=dev
COPY . .
RUN npx next build
EXPOSE 3000
# Applies committed migrations, then serves on port 3000. Demo data are never loaded here implicitly.
CMD ["npm", "start"]
