import { setFlagsFromString } from 'node:v8';

/**
 * V8's allocation-site pretenuring off, for the service process only. Pretenuring allocates
 * objects of an allocation site straight into the old generation once most of them have
 * survived a scavenge. Under a request load that misfires: a request's objects outlive one
 * scavenge while the request is in flight, their sites get pretenured, and each later
 * request's objects from those sites die in the old generation, where they keep the young
 * objects they point to alive until the next full collection; those are promoted in turn.
 * Measured on the entity page over HTTP (`--trace-gc-nvp`, docs/performance.md): 23.5 KB
 * promoted per request with pretenuring, 3 KB without, and scavenges taking half the time.
 * It only pays off with the Apollo patch in patches/, which removes the other source of
 * such pinning (without it the figure stays near 30 KB). Set here rather than on the command
 * line so `node dist/src/index.js`, `npm start` and the benchmarks run alike; it is set before
 * the service allocates anything of note, and V8 reads it when it processes a scavenge's
 * feedback.
 */
setFlagsFromString('--no-allocation-site-pretenuring');
