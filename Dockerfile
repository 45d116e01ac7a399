# The serving image: the self-contained `mlops` (publish output of src/CiCd.Cli) serving one model.
#
#   dotnet publish src/CiCd.Cli -c Release -r linux-x64 --self-contained -o out/publish
#   mlops train                       # writes out/train/model.zip and model-card.json
#   docker build -t credit:dev .      # or: mlops image build (same file, context assembled in C#)
#
# Offline machines pass a locally imported base (build/base-image.sh):
#   docker build --build-arg BASE_IMAGE=cicd-base:bookworm .
ARG BASE_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0
FROM ${BASE_IMAGE}

# Where the inputs sit inside the build context. `mlops image build` sends a small context of its own
# and sets these; a plain `docker build .` from the repository root uses the defaults.
ARG PUBLISH_DIR=out/publish
ARG MODEL_DIR=out/train

# LightGBM's native library needs OpenMP (libgomp1), and the /dashboard charts need a TrueType font (SkiaSharp's
# no-dependencies build reads /usr/share/fonts; without a font the charts lose every title, label and legend).
# runtime-deps images have neither; the local base already carries both, so there this step needs no network.
# Only DejaVu Sans is used: the serif and monospace faces go. The drift-reports folder is made here, empty and
# read-only for the service: mount reports over it (docs/serving.md).
RUN if ! ldconfig -p | grep -q 'libgomp\.so\.1' || [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then \
      apt-get update && apt-get install -y --no-install-recommends libgomp1 fonts-dejavu-core && rm -rf /var/lib/apt/lists/* \
      && rm -f /usr/share/fonts/truetype/dejavu/DejaVuSerif* /usr/share/fonts/truetype/dejavu/DejaVuSansMono*; \
    fi \
    && mkdir -p /var/lib/mlops/drift

WORKDIR /app
# Files stay owned by root: the service only reads them, so a compromised process cannot change its model.
COPY ${PUBLISH_DIR}/ /app/
COPY ${MODEL_DIR}/model.zip ${MODEL_DIR}/model-card.json /app/model/

# Settings live in the environment, not in CMD, so `docker run -e Serving__…` or -e ASPNETCORE_URLS=… replaces them.
ENV ASPNETCORE_URLS=http://+:8080 \
    Serving__DriftReports=/var/lib/mlops/drift \
    DOTNET_RUNNING_IN_CONTAINER=true
# 1654 is the `app` user of the official .NET images; build/base-image.sh creates the same one.
USER 1654:1654
EXPOSE 8080

# Exec form and the app's own probe: no shell, curl or wget needed inside the image.
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
  CMD ["/app/mlops", "serve", "--healthcheck", "http://127.0.0.1:8080/health/ready"]

ENTRYPOINT ["/app/mlops"]
# /dashboard shows the drift reports (mlops drift --out DIR/<date>) found in Serving__DriftReports; see docs/serving.md.
CMD ["serve", "--model", "/app/model"]
