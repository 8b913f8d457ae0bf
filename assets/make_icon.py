#!/usr/bin/env python3
"""Draws the app icon (assets/icon.png, 128x128 RGBA): a blue tile holding a white ledger
page with three ruled lines and a green tick. Pure Python (zlib + struct), no imaging library."""
import math
import struct
import zlib

SIZE = 128


def inside_rounded(x, y, left, top, right, bottom, radius):
    cx = min(max(x, left + radius), right - radius)
    cy = min(max(y, top + radius), bottom - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def near_segment(x, y, a, b, width):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    px, py = ax + t * dx, ay + t * dy
    return math.hypot(x - px, y - py) <= width / 2


def pixel(x, y):
    if not inside_rounded(x, y, 4, 4, SIZE - 5, SIZE - 5, 22):
        return (0, 0, 0, 0)
    colour = (31, 111, 235, 255)
    if inside_rounded(x, y, 26, 20, 102, 108, 8):
        colour = (250, 250, 250, 255)
        for line_y in (44, 62, 80):
            if 38 <= x <= 90 and abs(y - line_y) <= 2.5:
                colour = (120, 134, 156, 255)
    if math.hypot(x - 92, y - 94) <= 22:
        colour = (46, 160, 67, 255)
        if near_segment(x, y, (81, 94), (89, 102), 6) or near_segment(x, y, (89, 102), (104, 85), 6):
            colour = (255, 255, 255, 255)
    return colour


def png(width, height, rows):
    raw = b"".join(b"\x00" + bytes(channel for px in row for channel in px) for row in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    rows = [[pixel(x + 0.5, y + 0.5) for x in range(SIZE)] for y in range(SIZE)]
    with open("icon.png", "wb") as out:
        out.write(png(SIZE, SIZE, rows))
