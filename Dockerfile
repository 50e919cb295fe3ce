# CareerBot container: build with the SDK, run on the ASP.NET runtime image.
#   docker build -t careerbot .
#   docker run -p 8080:8080 -e Slack__BotToken=... -e Slack__SigningSecret=... careerbot
# Knowledge: the image carries the built-in copy; mount your own with -v ./knowledge:/app/knowledge:ro.
# .ci/run publishes exactly like this and runs the published `careerbot` (no Docker engine needed).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore as its own layer: it is re-run only when a project or package file changes, not on every code edit.
# The build's own rules come too (Directory.Build.props names BannedSymbols.txt; .editorconfig sets the analyzers).
COPY Directory.Build.props Directory.Build.targets Directory.Packages.props BannedSymbols.txt .editorconfig ./
COPY src/CareerBot/CareerBot.csproj src/CareerBot/
COPY src/CareerBot.Core/CareerBot.Core.csproj src/CareerBot.Core/
COPY src/CareerBot.Adapters/CareerBot.Adapters.csproj src/CareerBot.Adapters/
COPY src/CareerBot.Slack/CareerBot.Slack.csproj src/CareerBot.Slack/
COPY src/CareerBot.Discord/CareerBot.Discord.csproj src/CareerBot.Discord/
COPY src/CareerBot.Storage/CareerBot.Storage.csproj src/CareerBot.Storage/
RUN dotnet restore src/CareerBot/CareerBot.csproj -r linux-x64 -p:PublishReadyToRun=true

COPY src/ src/
COPY knowledge/ knowledge/
# linux-x64 only, English resources only, no PDBs. ReadyToRun: the app's and its packages' code is compiled ahead
# of time, so a start reaches ready ~0.4 s sooner and the first answers run optimised code while the JIT catches up.
RUN dotnet publish src/CareerBot/CareerBot.csproj -c Release -r linux-x64 --self-contained false --no-restore -o /app \
      -p:SatelliteResourceLanguages=en -p:DebugType=none -p:PublishReadyToRun=true

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
# The search index and the sentence vectors of the knowledge are kept here, keyed by content, so a restart with a
# volume on this path reads them back instead of running the model over every section again.
RUN mkdir -p /var/cache/careerbot && chown "$APP_UID" /var/cache/careerbot
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_gcServer=0 \
    Knowledge__IndexPath=/var/cache/careerbot \
    PATH="/app:${PATH}"
EXPOSE 8080
# The knowledge the bot answers from; mount a folder here to replace it (edits are picked up without a restart).
VOLUME ["/app/knowledge", "/var/cache/careerbot"]
# Questions and votes (careerbot report) and the user-hash key beside them: writable by the app user, kept in a volume.
ENV Store__Path=/var/lib/careerbot/careerbot.db
RUN mkdir -p /var/lib/careerbot && chown "$APP_UID" /var/lib/careerbot && chmod 700 /var/lib/careerbot
VOLUME ["/var/lib/careerbot"]
# Non-root: the image's app user.
USER $APP_UID
# The runtime image has no curl: the bot checks itself (/readyz on ASPNETCORE_URLS, exit 0 when ready).
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["careerbot", "health"]
ENTRYPOINT ["careerbot"]
CMD ["serve"]
