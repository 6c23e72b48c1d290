/**
 * A progress line: on a TTY a bar redrawn in place (bar, percentage, rate, ETA); otherwise a
 * plain line every `every` ms, so a log keeps a readable record. A few lines here rather than a
 * dependency: the bench needs one bar and nothing of a library's layouts.
 */
export function progress(label: string, total: number, unit: string, every = 5_000) {
  const tty = process.stdout.isTTY === true;
  const started = Date.now();
  let shown = 0;
  const line = (done: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? (total - done) / rate : 0;
    const share = total > 0 ? done / total : 1;
    const stats = `${(share * 100).toFixed(1).padStart(5)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${unit}, ${Math.round(rate).toLocaleString('en')}/s, ETA ${eta.toFixed(0)} s`;
    if (!tty) return `${label}: ${stats}`;
    const width = 30;
    const filled = Math.round(share * width);
    return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${stats}`;
  };
  return {
    update(done: number) {
      const now = Date.now();
      if (tty && now - shown >= 100) process.stdout.write(`\r${line(done)}\x1b[K`);
      else if (!tty && now - shown >= every) console.log(line(done));
      else return;
      shown = now;
    },
    done(message: string) {
      if (tty) process.stdout.write(`\r${line(total)}\x1b[K\n`);
      console.log(`${label}: ${message}`);
    },
  };
}
