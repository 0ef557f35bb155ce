#!/usr/bin/env python3
"""Writes hold-warning.wav, the sound Cordial plays when a customer has waited a minute on hold (D3).

Two bell-like notes falling a major third (B5, G5), 0.7 s in all, 22 050 Hz mono 16-bit: short enough
not to talk over the customer, distinct from the desktop's own notification sounds. Made here from
sine partials so the file is ours to ship; run it again to change the sound:
    python3 resources/sounds/make-hold-warning.py resources/sounds/hold-warning.wav
"""
import math
import struct
import sys
import wave

RATE = 22050
NOTES = [(987.77, 0.00), (783.99, 0.22)]  # (frequency in Hz, start in seconds)
LENGTH = 0.70
# Partials of a small bell: (ratio to the fundamental, relative amplitude, decay per second).
PARTIALS = [(1.0, 1.0, 6.0), (2.0, 0.35, 9.0), (3.01, 0.12, 14.0)]
PEAK = 0.55  # of full scale: clear, never clipping


def sample(t):
    value = 0.0
    for frequency, start in NOTES:
        age = t - start
        if age < 0:
            continue
        attack = min(1.0, age / 0.004)  # 4 ms: no click at the onset
        for ratio, amplitude, decay in PARTIALS:
            value += attack * amplitude * math.exp(-decay * age) * math.sin(2 * math.pi * frequency * ratio * age)
    return value


def main(path):
    count = int(RATE * LENGTH)
    raw = [sample(i / RATE) for i in range(count)]
    fade = int(RATE * 0.02)  # the last 20 ms fade to silence
    for i in range(fade):
        raw[count - fade + i] *= 1.0 - i / fade
    scale = PEAK / max(abs(v) for v in raw)
    frames = b"".join(struct.pack("<h", int(round(v * scale * 32767))) for v in raw)
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "hold-warning.wav")
