/** Small stable hashes shared by the layers (shard buckets in content-model, seeds in the generator). */

/** 32-bit FNV-1a hash of a string: stable across platforms, used to derive seeds and shard buckets. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
