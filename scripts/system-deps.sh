#!/bin/sh
# System packages the test suite drives for real: Debian's Chromium (browser tests) and
# PostgreSQL's server (the PostgreSQL store tests start a private one; Debian 12's postgresql-15
# ships the unaccent extension, so postgresql-contrib is not needed).
# Installs only what is missing; silent when everything is there.
set -e
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || [ -n "$CHRONIQUE_TEST_POSTGRES" ] \
    || missing="$missing postgresql"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
echo "installing system packages:$missing" >&2
$SUDO apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
