#!/bin/sh
# Refresh the vendored browser libraries from the npm registry.
# Run from internal/web/static/vendor; see README.md.
set -eu
LEAFLET=1.9.4
WORLD_ATLAS=2.0.2
TOPOJSON_CLIENT=3.1.0
UPLOT=1.6.32
HTMX=2.0.11

here=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
for p in leaflet@$LEAFLET world-atlas@$WORLD_ATLAS topojson-client@$TOPOJSON_CLIENT uplot@$UPLOT htmx.org@$HTMX; do
	npm pack --silent "$p" >/dev/null
done
for f in *.tgz; do
	mkdir "${f%.tgz}"
	tar xzf "$f" -C "${f%.tgz}"
done
cd "$here"
mkdir -p leaflet/images world-atlas topojson-client uplot htmx
cp "$tmp"/leaflet-$LEAFLET/package/dist/leaflet.js "$tmp"/leaflet-$LEAFLET/package/dist/leaflet.css "$tmp"/leaflet-$LEAFLET/package/LICENSE leaflet/
cp "$tmp"/leaflet-$LEAFLET/package/dist/images/*.png leaflet/images/
cp "$tmp"/world-atlas-$WORLD_ATLAS/package/countries-50m.json "$tmp"/world-atlas-$WORLD_ATLAS/package/LICENSE world-atlas/
cp "$tmp"/topojson-client-$TOPOJSON_CLIENT/package/dist/topojson-client.min.js "$tmp"/topojson-client-$TOPOJSON_CLIENT/package/LICENSE topojson-client/
cp "$tmp"/uplot-$UPLOT/package/dist/uPlot.iife.min.js "$tmp"/uplot-$UPLOT/package/dist/uPlot.min.css "$tmp"/uplot-$UPLOT/package/LICENSE uplot/
cp "$tmp"/htmx.org-$HTMX/package/dist/htmx.min.js "$tmp"/htmx.org-$HTMX/package/LICENSE htmx/
echo "vendored libraries refreshed; update README.md and run go test ./internal/web/"
