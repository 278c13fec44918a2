"""Writes the alert sounds (run once; the WAV files are committed beside it).

    python resources/sounds/make_sounds.py

critical.wav: two short rising tones; overdue.wav: three firmer falling tones. Sine
waves with soft edges (no clicks), 22,050 Hz, 16-bit mono — a few kilobytes each.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
HERE = Path(__file__).resolve().parent


def tone(freq: float, seconds: float, gain: float) -> list[float]:
    n = int(RATE * seconds)
    edge = int(RATE * 0.012)
    out = []
    for i in range(n):
        env = min(1.0, i / edge, (n - i) / edge)
        # a little of the octave above: it carries across a room better than a pure sine
        s = math.sin(2 * math.pi * freq * i / RATE) + 0.3 * math.sin(4 * math.pi * freq * i / RATE)
        out.append(gain * env * s / 1.3)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> None:
    with wave.open(str(HERE / f"{name}.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


if __name__ == "__main__":
    write("critical", tone(880, 0.14, 0.6) + silence(0.06) + tone(1175, 0.18, 0.6))
    write(
        "overdue",
        tone(1175, 0.16, 0.75)
        + silence(0.05)
        + tone(988, 0.16, 0.75)
        + silence(0.05)
        + tone(784, 0.26, 0.75),
    )
