# The serving image arrives with the serving issue; this placeholder keeps the top-level layout.
# Base is a build argument so machines without registry access can use a locally imported base.
ARG BASE_IMAGE=mcr.microsoft.com/dotnet/runtime-deps:10.0
FROM ${BASE_IMAGE}
CMD ["/bin/false"]
