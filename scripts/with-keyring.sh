#!/usr/bin/env bash
# Runs a command with a real, unlocked OS keychain. On a Linux machine without a desktop session
# (CI, containers) it starts a private D-Bus session and gnome-keyring under a temp folder, so the
# tests use the real Secret Service without touching the user's own keyring. Elsewhere (a desktop,
# macOS, Windows) the user's keychain is already there and the command runs as is.
set -euo pipefail

if [[ "$(uname)" != Linux || -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]] || ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null; then
  exec "$@"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/enrichdesk-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

dbus-run-session -- bash -c 'echo -n enrichdesk-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' keyring "$@"
