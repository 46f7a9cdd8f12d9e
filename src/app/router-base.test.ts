import { describe, expect, it } from 'vitest'
import { routerBase } from './router-base.ts'

describe('routerBase', () => {
  it('is empty at the root of a host', () => {
    expect(routerBase('/')).toBe('')
  })
  it('drops the trailing slash of a project page path', () => {
    expect(routerBase('/keydeck/')).toBe('/keydeck')
    expect(routerBase('/a/b/')).toBe('/a/b')
  })
})
