#!/usr/bin/env python3
"""Draws docs/demo-model.png from a train-demo run: training curves (train-log.csv) and the
noise experiment (noise-curves.csv from `noiseloss-cli train-demo --evaluate`). Standard library
only (no numpy/matplotlib needed): a tiny raster plotter with a 5x7 bitmap font, written as PNG.

usage: plot_demo_figure.py TRAIN_LOG.csv NOISE_CURVES.csv OUT.png
"""
import csv
import struct
import sys
import zlib

FONT = {  # 5x7 glyphs, one 5-bit row per entry (MSB = left)
    'A': [14, 17, 17, 31, 17, 17, 17], 'B': [30, 17, 17, 30, 17, 17, 30], 'C': [14, 17, 16, 16, 16, 17, 14],
    'D': [30, 17, 17, 17, 17, 17, 30], 'E': [31, 16, 16, 30, 16, 16, 31], 'F': [31, 16, 16, 30, 16, 16, 16],
    'G': [14, 17, 16, 23, 17, 17, 15], 'H': [17, 17, 17, 31, 17, 17, 17], 'I': [14, 4, 4, 4, 4, 4, 14],
    'J': [7, 2, 2, 2, 2, 18, 12], 'K': [17, 18, 20, 24, 20, 18, 17], 'L': [16, 16, 16, 16, 16, 16, 31],
    'M': [17, 27, 21, 21, 17, 17, 17], 'N': [17, 17, 25, 21, 19, 17, 17], 'O': [14, 17, 17, 17, 17, 17, 14],
    'P': [30, 17, 17, 30, 16, 16, 16], 'Q': [14, 17, 17, 17, 21, 18, 13], 'R': [30, 17, 17, 30, 20, 18, 17],
    'S': [15, 16, 16, 14, 1, 1, 30], 'T': [31, 4, 4, 4, 4, 4, 4], 'U': [17, 17, 17, 17, 17, 17, 14],
    'V': [17, 17, 17, 17, 17, 10, 4], 'W': [17, 17, 17, 21, 21, 21, 10], 'X': [17, 17, 10, 4, 10, 17, 17],
    'Y': [17, 17, 10, 4, 4, 4, 4], 'Z': [31, 1, 2, 4, 8, 16, 31],
    '0': [14, 17, 19, 21, 25, 17, 14], '1': [4, 12, 4, 4, 4, 4, 14], '2': [14, 17, 1, 2, 4, 8, 31],
    '3': [31, 2, 4, 2, 1, 17, 14], '4': [2, 6, 10, 18, 31, 2, 2], '5': [31, 16, 30, 1, 1, 17, 14],
    '6': [6, 8, 16, 30, 17, 17, 14], '7': [31, 1, 2, 4, 8, 8, 8], '8': [14, 17, 17, 14, 17, 17, 14],
    '9': [14, 17, 17, 15, 1, 2, 12], '.': [0, 0, 0, 0, 0, 12, 12], '-': [0, 0, 0, 31, 0, 0, 0],
    '+': [0, 4, 4, 31, 4, 4, 0], ':': [0, 12, 12, 0, 12, 12, 0], '(': [2, 4, 8, 8, 8, 4, 2],
    ')': [8, 4, 2, 2, 2, 4, 8], '/': [1, 1, 2, 4, 8, 16, 16], ',': [0, 0, 0, 0, 12, 4, 8],
    '=': [0, 0, 31, 0, 31, 0, 0], ' ': [0] * 7, '_': [0, 0, 0, 0, 0, 0, 31], '%': [24, 25, 2, 4, 8, 19, 3],
}


class Canvas:
    def __init__(self, width, height):
        self.width, self.height = width, height
        self.pixels = bytearray([255] * (width * height * 3))

    def set(self, x, y, color):
        if 0 <= x < self.width and 0 <= y < self.height:
            i = (y * self.width + x) * 3
            self.pixels[i:i + 3] = bytes(color)

    def rect(self, x0, y0, x1, y1, color):
        for y in range(int(min(y0, y1)), int(max(y0, y1)) + 1):
            for x in range(int(min(x0, x1)), int(max(x0, x1)) + 1):
                self.set(x, y, color)

    def line(self, x0, y0, x1, y1, color, width=1):
        steps = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
        for s in range(steps + 1):
            x = x0 + (x1 - x0) * s / steps
            y = y0 + (y1 - y0) * s / steps
            for d in range(width):
                self.set(int(round(x)), int(round(y)) + d, color)

    def text(self, x, y, string, color=(0, 0, 0), scale=2):
        for ch in string.upper():
            rows = FONT.get(ch, FONT[' '])
            for r, bits in enumerate(rows):
                for c in range(5):
                    if bits & (16 >> c):
                        self.rect(x + c * scale, y + r * scale, x + c * scale + scale - 1,
                                  y + r * scale + scale - 1, color)
            x += 6 * scale

    def save_png(self, path):
        raw = b''.join(b'\x00' + bytes(self.pixels[y * self.width * 3:(y + 1) * self.width * 3])
                       for y in range(self.height))
        def chunk(kind, data):
            return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
        header = struct.pack('>IIBBBBB', self.width, self.height, 8, 2, 0, 0, 0)
        with open(path, 'wb') as f:
            f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9))
                    + chunk(b'IEND', b''))


class Panel:
    """A plot area at (x, y, w, h) with data ranges, axes, ticks and a title."""

    def __init__(self, canvas, x, y, w, h, xrange, yrange, title, xlabel):
        self.c, self.x, self.y, self.w, self.h = canvas, x, y, w, h
        self.x0, self.x1 = xrange
        self.y0, self.y1 = yrange
        canvas.text(x, y - 26, title, scale=2)
        canvas.line(x, y + h, x + w, y + h, (0, 0, 0))
        canvas.line(x, y, x, y + h, (0, 0, 0))
        for i in range(5):
            fx = self.x0 + (self.x1 - self.x0) * i / 4
            px = self.px(fx)
            canvas.line(px, y + h, px, y + h + 5, (0, 0, 0))
            canvas.text(px - 12, y + h + 9, '%g' % round(fx, 1), scale=1)
            fy = self.y0 + (self.y1 - self.y0) * i / 4
            py = self.py(fy)
            canvas.line(x - 5, py, x, py, (0, 0, 0))
            canvas.line(x + 1, py, x + w, py, (225, 225, 225))
            canvas.text(x - 40, py - 3, '%.2g' % fy, scale=1)
        canvas.text(x + w // 2 - 30, y + h + 22, xlabel, scale=1)

    def px(self, v):
        return self.x + (v - self.x0) / (self.x1 - self.x0) * self.w

    def py(self, v):
        v = min(max(v, self.y0), self.y1)
        return self.y + self.h - (v - self.y0) / (self.y1 - self.y0) * self.h

    def series(self, xs, ys, color, width=2):
        points = [(self.px(a), self.py(b)) for a, b in zip(xs, ys)]
        for (a, b), (c, d) in zip(points, points[1:]):
            self.c.line(a, b, c, d, color, width)

    def shade(self, xa, xb, color):
        self.c.rect(self.px(xa), self.y, self.px(xb), self.y + self.h - 1, color)

    def legend(self, entries):
        for i, (label, color) in enumerate(entries):
            yy = self.y + 8 + i * 14
            self.c.rect(self.x + self.w - 230, yy, self.x + self.w - 214, yy + 3, color)
            self.c.text(self.x + self.w - 208, yy - 2, label, scale=1)


def read_csv(path):
    with open(path) as f:
        return list(csv.DictReader(f))


def main(log_path, curves_path, out_path):
    log = read_csv(log_path)
    curves = read_csv(curves_path)
    canvas = Canvas(1400, 1000)
    codec = [r for r in log if r['phase'] == 'codec']
    lm = [r for r in log if r['phase'] == 'lm']
    blue, red, green, orange, grey = (31, 119, 180), (214, 39, 40), (44, 160, 44), (255, 127, 14), (120, 120, 120)

    steps = [float(r['step']) for r in codec]
    stft = [float(r['detail_2']) for r in codec]
    p = Panel(canvas, 90, 60, 550, 300, (0, max(steps)), (0, max(stft) * 1.05), 'CODEC: MULTI-RES STFT DISTANCE', 'STEP')
    p.series(steps, stft, blue)

    steps = [float(r['step']) for r in lm]
    train = [float(r['loss']) for r in lm]
    valid = [(float(r['step']), float(r['detail_1'])) for r in lm if float(r['detail_1']) > 0]
    top = max(train + [v for _, v in valid])
    p = Panel(canvas, 790, 60, 550, 300, (0, max(steps)), (0, top * 1.05), 'DECODER: NLL (NATS/TOKEN)', 'STEP')
    p.series(steps, train, blue)
    p.series([s for s, _ in valid], [v for _, v in valid], red)
    p.legend([('TRAIN (CROPS)', blue), ('VALIDATION (HELD-OUT SONGS)', red)])

    clip = curves[0]['clip']
    rows = [r for r in curves if r['clip'] == clip]
    t = [float(r['token']) / 50.0 for r in rows]
    orig = [float(r['loss_original']) for r in rows]
    pert = [float(r['loss_perturbed']) for r in rows]
    diff = [float(r['difference']) for r in rows]
    smooth = lambda v: [sum(v[max(0, i - 2):i + 3]) / len(v[max(0, i - 2):i + 3]) for i in range(len(v))]
    top = max(max(orig), max(pert)) * 1.05
    p = Panel(canvas, 90, 470, 1250, 230, (0, max(t)), (0, top), 'PER-TOKEN LOSS ' + clip.upper() +
              ' (5-TOKEN MEAN): ORIGINAL VS 2 S WHITE NOISE AT -12 DBFS FROM 5 S', 'SECONDS')
    p.shade(5.0, 7.0, (255, 228, 196))
    p.series(t, smooth(orig), blue)
    p.series(t, smooth(pert), red)
    p.legend([('ORIGINAL', blue), ('NOISE REPLACED', red)])

    low, high = min(diff), max(diff)
    bound = max(abs(low), abs(high)) * 1.05
    p = Panel(canvas, 90, 790, 1250, 160, (0, max(t)), (-bound, bound), 'LOSS DIFFERENCE D = PERTURBED - ORIGINAL', 'SECONDS')
    p.shade(5.0, 7.0, (255, 228, 196))
    zero = p.py(0.0)
    for x, d in zip(t, diff):
        px = p.px(x)
        canvas.line(px, zero, px, p.py(d), red if d > 0 else blue)
    canvas.save_png(out_path)


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
