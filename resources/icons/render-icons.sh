#!/bin/sh
# Regenerates the PNG and ICO app icons from org.cordial.Cordial.mvg (a copy of the SVG drawing in
# ImageMagick's own vector format). Needs ImageMagick 6 (`convert`). Run from anywhere.
set -eu
cd "$(dirname "$0")"
# Draw at 4x and scale down for smooth edges.
convert -size 1024x1024 xc:none -draw "scale 4,4 $(grep -v '^#' org.cordial.Cordial.mvg | grep -v '^viewbox')" \
    PNG32:big.png
for size in 256 128 64 48 32 16; do
    convert big.png -filter Lanczos -resize "${size}x${size}" -strip PNG32:"org.cordial.Cordial-$size.png"
done
convert org.cordial.Cordial-16.png org.cordial.Cordial-32.png org.cordial.Cordial-48.png \
    org.cordial.Cordial-64.png org.cordial.Cordial-128.png org.cordial.Cordial-256.png org.cordial.Cordial.ico
rm -f big.png org.cordial.Cordial-16.png org.cordial.Cordial-32.png
