import { describe, expect, it } from 'vitest'
import { InputError } from '../../src/errors.js'
import { isLoopbackHost, normaliseServerUrl, redactUrl } from '../../src/simvue/url.js'

const strict = { source: 'input `server-url`', allowInsecureHttp: false }

describe('normaliseServerUrl', () => {
  it.each([
    ['https://h', 'https://h/api', 'https://h'],
    ['https://h/', 'https://h/api', 'https://h'],
    ['https://h/api', 'https://h/api', 'https://h'],
    ['https://h/api/', 'https://h/api', 'https://h'],
    ['https://h:8443/x', 'https://h:8443/x/api', 'https://h:8443/x'],
    ['https://h:8443/x/', 'https://h:8443/x/api', 'https://h:8443/x'],
    ['https://H.Example.COM:443', 'https://h.example.com/api', 'https://h.example.com'],
    ['  https://uk.simvue.io  ', 'https://uk.simvue.io/api', 'https://uk.simvue.io'],
    ['http://localhost:8000', 'http://localhost:8000/api', 'http://localhost:8000'],
    ['http://127.5.0.1', 'http://127.5.0.1/api', 'http://127.5.0.1'],
    ['http://[::1]:8080', 'http://[::1]:8080/api', 'http://[::1]:8080'],
    ['http://foo.localhost', 'http://foo.localhost/api', 'http://foo.localhost']
  ])('%s → %s', (raw, apiUrl, webUrl) => {
    const urls = normaliseServerUrl(raw, strict)
    expect(urls.apiUrl).toBe(apiUrl)
    expect(urls.webUrl).toBe(webUrl)
  })

  it.each([
    ['not a url', /not a valid URL/],
    ['ftp://h/x', /https:\/\//],
    ['https://user:secret@h', /user-info/],
    ['https://user@h', /user-info/],
    ['https://h/?x=1', /query string/],
    ['https://h/#top', /fragment/],
    ['https://h/?', /query string/],
    ['http://h.example.com', /use https, or set allow-insecure-http: true/],
    ['http://localhost.evil.com', /allow-insecure-http/],
    ['http://128.0.0.1', /allow-insecure-http/],
    ['http://[::2]', /allow-insecure-http/]
  ])('refuses %s', (raw, message) => {
    expect(() => normaliseServerUrl(raw, strict)).toThrowError(InputError)
    expect(() => normaliseServerUrl(raw, strict)).toThrowError(message)
  })

  it('names the source in the error and never echoes user-info', () => {
    const run = () =>
      normaliseServerUrl('https://me:hunter2@h', {
        source: 'env SIMVUE_URL',
        allowInsecureHttp: false
      })
    expect(run).toThrowError(/^env SIMVUE_URL/)
    expect(run).not.toThrowError(/hunter2/)
  })

  it('allows http to any host when opted in', () => {
    const urls = normaliseServerUrl('http://simvue.internal:8080', {
      source: 'x',
      allowInsecureHttp: true
    })
    expect(urls.apiUrl).toBe('http://simvue.internal:8080/api')
  })
})

describe('isLoopbackHost', () => {
  it.each([
    ['localhost', true],
    ['LOCALHOST', true],
    ['a.b.localhost', true],
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['[::1]', true],
    ['::1', true],
    ['localhost.evil.com', false],
    ['notlocalhost', false],
    ['127.0.0.256', false],
    ['127.0.0', false],
    ['10.0.0.1', false],
    ['[::ffff:7f00:1]', false],
    ['example.com', false]
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected)
  })
})

describe('redactUrl', () => {
  it('drops query, fragment and user-info', () => {
    expect(redactUrl('https://u:p@s3.example/bucket/key?X-Amz-Signature=abc#f')).toBe(
      'https://s3.example/bucket/key'
    )
  })
})
