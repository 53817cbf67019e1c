import { slowdownMs } from './login-throttle.service';

describe('slowdownMs', () => {
  it('does not slow an address below its failure limit', () => {
    expect(slowdownMs(0, 20)).toBe(0);
    expect(slowdownMs(19, 20)).toBe(0);
  });

  it('doubles the wait with each failure past the limit, up to five seconds', () => {
    expect([20, 21, 22, 23, 24, 25].map((n) => slowdownMs(n, 20))).toEqual([
      250, 500, 1000, 2000, 4000, 5000,
    ]);
    expect(slowdownMs(10_000, 20)).toBe(5000);
  });
});
