// Many hall screens in the bench process: server-sent events clients that note when each
// one received the state an organizer's change produced, so a scenario can time the
// change's answer to the last screen updated.
import http from 'node:http';

/** One screen; `onState(data, at)` runs for every `state` event it receives. */
function openScreen(url, onState) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { headers: { accept: 'text/event-stream' }, agent: false });
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`${url} answered ${res.statusCode}`));
      }
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          if (!lines.includes('event: state')) continue;
          const data = lines.find((l) => l.startsWith('data: '));
          if (data) onState(data.slice(6), performance.now());
        }
      });
      resolve({ close: () => req.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * `count` screens spread evenly over `urls`. Resolves once every screen got its first
 * state. `expect(match)` arms a wait before a change is sent; its `done` resolves with each
 * screen's arrival time of the first state `match` accepts.
 */
export async function openScreens(urls, count) {
  let armed = null;
  let connected = 0;
  let allConnected;
  const ready = new Promise((resolve) => (allConnected = resolve));
  const screens = await Promise.all(
    Array.from({ length: count }, (_, i) => {
      let first = true;
      return openScreen(urls[i % urls.length], (data, at) => {
        if (first) {
          first = false;
          if (++connected === count) allConnected();
          return;
        }
        if (!armed || armed.times[i] !== undefined || !armed.match(JSON.parse(data))) return;
        armed.times[i] = at;
        if (--armed.left === 0) armed.resolve(armed.times);
      });
    }),
  );
  await ready;
  return {
    expect(match) {
      let resolve;
      const done = new Promise((r) => (resolve = r));
      armed = { match, times: new Array(count), left: count, resolve };
      return done;
    },
    close: () => screens.forEach((s) => s.close()),
  };
}
