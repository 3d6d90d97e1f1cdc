import { isLoopbackAddress } from './loopback';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1'])(
    'knows %s as this machine',
    (address) => expect(isLoopbackAddress(address)).toBe(true),
  );

  it.each(['192.0.2.2', '10.0.0.1', '::ffff:192.0.2.2', 'fd00::2', '128.0.0.1', '', undefined])(
    'refuses %p',
    (address) => expect(isLoopbackAddress(address)).toBe(false),
  );
});
