/** What a grid entry is, so a query can skip what it does not care about. */
export const GridKind = { Player: 0, Enemy: 1, Asteroid: 2 } as const;
export type GridKindValue = (typeof GridKind)[keyof typeof GridKind];

/**
 * A uniform spatial hash over spheres, rebuilt from scratch every tick (counting
 * sort into buckets: O(n), no allocation once warm). Each entry lives in the bucket
 * of its centre's cell; queries widen their box by the largest radius present.
 * Bucket collisions only cost false candidates, which the exact tests reject.
 */
export class SpatialGrid {
  readonly cellSizeM: number;
  private readonly bucketMask: number;
  private bucketStart: Int32Array;
  private bucketFill: Int32Array;
  count = 0;
  maxRadiusM = 0;
  /** Entry data, in bucket order after build(). */
  kind = new Uint8Array(0);
  /** Index into the owning list (sim.enemies, sim.asteroids); 0 for the player. */
  ref = new Int32Array(0);
  x = new Float64Array(0);
  y = new Float64Array(0);
  z = new Float64Array(0);
  r = new Float64Array(0);
  private stamp = new Uint32Array(0);
  private queryStamp = 0;
  // Staging arrays filled by add() before build() sorts them into buckets.
  private stagingKind: number[] = [];
  private stagingRef: number[] = [];
  private stagingPos: number[] = [];
  private stagingBucket: number[] = [];

  constructor(cellSizeM = 80, buckets = 8192) {
    this.cellSizeM = cellSizeM;
    this.bucketMask = buckets - 1;
    this.bucketStart = new Int32Array(buckets + 1);
    this.bucketFill = new Int32Array(buckets);
  }

  private cell(value: number): number {
    return Math.floor(value / this.cellSizeM);
  }

  private bucketOf(cx: number, cy: number, cz: number): number {
    // Large primes spread neighbouring cells over the table.
    return (
      (Math.imul(cx, 73856093) ^ Math.imul(cy, 19349663) ^ Math.imul(cz, 83492791)) &
      this.bucketMask
    );
  }

  begin(): void {
    this.stagingKind.length = 0;
    this.stagingRef.length = 0;
    this.stagingPos.length = 0;
    this.stagingBucket.length = 0;
    this.maxRadiusM = 0;
  }

  add(kind: GridKindValue, ref: number, x: number, y: number, z: number, radiusM: number): void {
    this.stagingKind.push(kind);
    this.stagingRef.push(ref);
    this.stagingPos.push(x, y, z, radiusM);
    this.stagingBucket.push(this.bucketOf(this.cell(x), this.cell(y), this.cell(z)));
    if (radiusM > this.maxRadiusM) this.maxRadiusM = radiusM;
  }

  build(): void {
    const n = this.stagingKind.length;
    if (this.kind.length < n) {
      const size = Math.max(n, this.kind.length * 2, 64);
      this.kind = new Uint8Array(size);
      this.ref = new Int32Array(size);
      this.x = new Float64Array(size);
      this.y = new Float64Array(size);
      this.z = new Float64Array(size);
      this.r = new Float64Array(size);
      this.stamp = new Uint32Array(size);
    }
    this.count = n;
    const start = this.bucketStart;
    start.fill(0);
    for (let i = 0; i < n; i++) start[this.stagingBucket[i]! + 1]!++;
    for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
    const fill = this.bucketFill;
    fill.set(start.subarray(0, fill.length));
    for (let i = 0; i < n; i++) {
      const slot = fill[this.stagingBucket[i]!]!++;
      this.kind[slot] = this.stagingKind[i]!;
      this.ref[slot] = this.stagingRef[i]!;
      this.x[slot] = this.stagingPos[i * 4]!;
      this.y[slot] = this.stagingPos[i * 4 + 1]!;
      this.z[slot] = this.stagingPos[i * 4 + 2]!;
      this.r[slot] = this.stagingPos[i * 4 + 3]!;
    }
  }

  /**
   * Collects into `hits` (returned count) every entry whose centre cell lies in the box
   * widened by the largest radius, so every sphere touching the box is offered once.
   * No callback and no allocation: the caller loops over `hits[0..count)`. The array is
   * reused by the next gather, so finish with it first.
   */
  gather(
    minX: number,
    minY: number,
    minZ: number,
    maxX: number,
    maxY: number,
    maxZ: number,
  ): number {
    const pad = this.maxRadiusM;
    const x0 = this.cell(minX - pad);
    const y0 = this.cell(minY - pad);
    const z0 = this.cell(minZ - pad);
    const x1 = this.cell(maxX + pad);
    const y1 = this.cell(maxY + pad);
    const z1 = this.cell(maxZ + pad);
    this.queryStamp = (this.queryStamp + 1) >>> 0;
    if (this.queryStamp === 0) {
      this.stamp.fill(0);
      this.queryStamp = 1;
    }
    const stamp = this.queryStamp;
    const starts = this.bucketStart;
    let count = 0;
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        for (let cz = z0; cz <= z1; cz++) {
          const b = this.bucketOf(cx, cy, cz);
          const end = starts[b + 1]!;
          for (let slot = starts[b]!; slot < end; slot++) {
            if (this.stamp[slot] === stamp) continue;
            this.stamp[slot] = stamp;
            if (count === this.hits.length) this.growHits();
            this.hits[count++] = slot;
          }
        }
      }
    }
    return count;
  }

  /** Slots found by the last gather(). */
  hits = new Int32Array(256);

  private growHits(): void {
    const bigger = new Int32Array(this.hits.length * 2);
    bigger.set(this.hits);
    this.hits = bigger;
  }
}
