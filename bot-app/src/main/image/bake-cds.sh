#!/bin/sh
# Gives the image the class data sharing archive of Briefbot's classes (mvn -Pimage, after Jib):
# runs the image Jib built once as a training container (the console over the bundled demo story,
# a few commands on its input), takes the archive its JVM wrote as it exited, and builds FROM that
# image one that adds the archive under /app/cds, tagged as the image Briefbot runs. The archive
# must be made by the very JVM and class path that map it, which only a run of the image can do;
# the base is the local image Jib just built, so this needs no registry.
#
#   bake-cds.sh <image Jib built> <tag> [<tag>…]
set -eu
built="$1"
shift
work="$(mktemp -d)"
name="briefbot-cds-training-$$"
trap 'docker rm -f -v "$name" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# As root inside the training container only, so that it may write where the image keeps the
# archive; the archive does not depend on the user.
printf '%s\n' /help /brief '/brief harbour' '/whosaid we will not' /quotes '/digest preview' \
  /overview /feeds quit \
  | docker run -i --name "$name" --network none --user 0 \
    -e BRIEFBOT_CDS_DIR=/app/cds "$built" >"$work/training.log" 2>&1 \
  || { cat "$work/training.log" >&2; echo "bake-cds: the training run failed" >&2; exit 1; }
docker cp "$name:/app/cds/." "$work/cds"
ls "$work"/cds/briefbot-*.jsa >/dev/null 2>&1 \
  || { cat "$work/training.log" >&2; echo "bake-cds: the training run wrote no archive" >&2; exit 1; }
chmod 644 "$work"/cds/briefbot-*.jsa

printf 'FROM %s\nCOPY cds/briefbot-*.jsa /app/cds/\n' "$built" >"$work/Dockerfile"
tags=""
for tag in "$@"; do tags="$tags -t $tag"; done
# shellcheck disable=SC2086 # one -t per tag
# (the classic builder: it takes the local image as it is, and never asks a registry about it)
DOCKER_BUILDKIT=0 docker build -q $tags "$work" >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; echo "bake-cds: docker build failed" >&2; exit 1; }
echo "bake-cds: $* carry $(basename "$work"/cds/briefbot-*.jsa) ($(du -k "$work"/cds/briefbot-*.jsa | cut -f1) KiB)"
