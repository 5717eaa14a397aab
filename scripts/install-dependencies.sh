#!/usr/bin/env bash
# Installs the Debian packages gongkai needs to build: cmark-gfm (Markdown), libqrencode (QR
# codes on printed sheets) and pkg-config, plus any packages named on the command line (the
# test script adds the tools its tests use). Safe to run again: installs only what is missing.
set -euo pipefail

packages=(pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libqrencode-dev "$@")
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "安装系统软件包：${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
