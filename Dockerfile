# CareerBot container: build with the SDK, run on the ASP.NET runtime image.
#   docker build -t careerbot .
#   docker run -p 8080:8080 -e Slack__BotToken=... -e Slack__SigningSecret=... careerbot
# Knowledge: the image carries the built-in copy; mount your own with -v ./knowledge:/app/knowledge:ro.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Build.targets Directory.Packages.props CareerBot.sln ./
COPY src/ src/
COPY knowledge/ knowledge/
RUN dotnet publish src/CareerBot/CareerBot.csproj -c Release -r linux-x64 --self-contained false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_gcServer=0
EXPOSE 8080
# The knowledge the bot answers from; mount a folder here to replace it (edits are picked up without a restart).
VOLUME ["/app/knowledge"]
# Non-root: the image's app user.
USER $APP_UID
# The runtime image has no curl: a plain HTTP GET of /healthz through bash's /dev/tcp.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "CareerBot.dll"]
CMD ["serve"]
