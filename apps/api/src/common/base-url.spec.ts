import { feedBaseUrl } from './calendar-feeds.controller';

describe('feedBaseUrl', () => {
  const request = { protocol: 'http' as const, host: '10.0.0.7:3000' };

  it('uses PUBLIC_BASE_URL when it is set', () => {
    expect(feedBaseUrl({ publicBaseUrl: 'https://consilium.hospital.example' }, request)).toBe(
      'https://consilium.hospital.example',
    );
  });

  it("falls back to the request's protocol and host", () => {
    expect(feedBaseUrl({ publicBaseUrl: null }, request)).toBe('http://10.0.0.7:3000');
  });
});
