// PDF.js creates a DOMMatrix when it loads and expects ImageData and Path2D, which Node and Electron's main
// process lack; it would load the native @napi-rs/canvas for them, which a bundled build cannot (and warns).
// Reading text needs no drawing: a plain 2-D affine matrix and empty shapes are enough.
class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: number[]) {
    if (init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = init;
  }

  get is2D(): boolean {
    return true;
  }

  multiplySelf(o: AffineMatrix): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * o.a + c * o.b;
    this.b = b * o.a + d * o.b;
    this.c = a * o.c + c * o.d;
    this.d = b * o.c + d * o.d;
    this.e = a * o.e + c * o.f + e;
    this.f = b * o.e + d * o.f + f;
    return this;
  }

  preMultiplySelf(o: AffineMatrix): this {
    const copy = new AffineMatrix([o.a, o.b, o.c, o.d, o.e, o.f]).multiplySelf(this);
    [this.a, this.b, this.c, this.d, this.e, this.f] = [copy.a, copy.b, copy.c, copy.d, copy.e, copy.f];
    return this;
  }

  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf(new AffineMatrix([1, 0, 0, 1, x, y]));
  }

  scaleSelf(x = 1, y = x): this {
    return this.multiplySelf(new AffineMatrix([x, 0, 0, y, 0, 0]));
  }

  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    [this.a, this.b, this.c, this.d] = [d / det, -b / det, -c / det, a / det];
    [this.e, this.f] = [(c * f - d * e) / det, (b * e - a * f) / det];
    return this;
  }
}

class NoImageData {
  constructor(
    readonly data: Uint8ClampedArray,
    readonly width: number,
    readonly height = 0,
  ) {}
}

class NoPath {
  addPath(): void {}
  moveTo(): void {}
  lineTo(): void {}
  bezierCurveTo(): void {}
  quadraticCurveTo(): void {}
  rect(): void {}
  closePath(): void {}
}

/** Installs the stand-ins where the real classes are missing (never replaces a real one). */
export function ensurePdfGlobals(): void {
  const g = globalThis as { DOMMatrix?: unknown; ImageData?: unknown; Path2D?: unknown };
  g.DOMMatrix ??= AffineMatrix;
  g.ImageData ??= NoImageData;
  g.Path2D ??= NoPath;
}
