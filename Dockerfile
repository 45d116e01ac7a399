# The serving image: the self-contained `mlops` (publish output of src/CiCd.Cli) serving one model.
#
#   dotnet publish src/CiCd.Cli -c Release -r linux-x64 --self-contained -o out/publish
#   mlops train                       # writes out/train/model.zip and model-card.json
#   docker build -t credit:dev .      # or: mlops image build (same file, context assembled in C#)
#
# Offline machines pass a locally imported base (build/base-image.sh):
#   docker build --build-arg BASE_IMAGE=cicd-base:bookworm .
#
# The default base is pinned by digest, so a rebuild gets the same bytes until the pin is moved on purpose (the tag
# stays for readers; the engine uses the digest). Where the digest comes from: docs/ci-cd.md, "Image pins".
ARG BASE_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0@sha256:894098eafc82e5fa02ba9f2b71d426dc78252876b9e914caae77ed95cfce185a
FROM ${BASE_IMAGE}

# Every RUN that pipes fails when any command of the pipe fails, not only the last one.
SHELL ["/bin/bash", "-o", "pipefail", "-c"]

# OCI annotations for a plain `docker build`; `mlops image build` replaces the version, revision, created and title
# labels with the model's (src/CiCd.Image/ImageBuild/ImageLabels.cs) and keeps the others. io.cicd.sbom names the CycloneDX
# SBOM of the tool inside the image (the Publish target copies out/sbom/mlops.cdx.json into the publish output).
ARG BASE_IMAGE
ARG VERSION=0.0.0-dev
ARG REVISION=unknown
ARG CREATED=1970-01-01T00:00:00Z
LABEL org.opencontainers.image.title="CiCd model service" \
      org.opencontainers.image.description="An ML.NET model served by mlops: MLflow-style /invocations, /metrics, /dashboard" \
      org.opencontainers.image.source="https://github.com/cicd-ml/cicd" \
      org.opencontainers.image.url="https://github.com/cicd-ml/cicd" \
      org.opencontainers.image.documentation="https://github.com/cicd-ml/cicd/blob/master/docs/serving.md" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.vendor="CiCd contributors" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.base.name="${BASE_IMAGE}" \
      io.cicd.sbom="/app/mlops.cdx.json"

# Where the inputs sit inside the build context. `mlops image build` sends a small context of its own
# and sets these; a plain `docker build .` from the repository root uses the defaults.
ARG PUBLISH_DIR=out/publish
ARG MODEL_DIR=out/train

# LightGBM's native library needs OpenMP (libgomp1), and the /dashboard charts need a TrueType font (SkiaSharp's
# no-dependencies build reads /usr/share/fonts; without a font the charts lose every title, label and legend).
# runtime-deps images have neither; the local base already carries both, so there this step needs no network.
# Only DejaVu Sans is used: the serif and monospace faces go. The drift-reports folder is made here, empty and
# read-only for the service: mount reports over it (docs/serving.md). The grep reads all of ldconfig's output (no -q),
# so under pipefail ldconfig never dies of SIGPIPE and a present libgomp is never taken for a missing one.
RUN if ! ldconfig -p | grep 'libgomp\.so\.1' >/dev/null || [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then \
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
