/**
 * jsdom 29 has `HTMLDialogElement` with only its `open` attribute: no `showModal`, `close` or
 * `returnValue`, and Escape does nothing (https://github.com/jsdom/jsdom/issues/3294). This
 * stand-in, for DOM tests only (the app uses the browser's own), does what the HTML standard
 * says browsers do and nothing more: `showModal()` opens the dialog as a modal; `close(result)`
 * closes it, sets `returnValue` when a result is given, and fires `close` in a later task; Escape
 * fires a cancelable `cancel` at the topmost modal and closes it unless that was cancelled; a
 * `<form method="dialog">` closes its dialog with the submitting button's value instead of
 * submitting.
 * It does not move focus: a component that needs a focus target must set it itself.
 * @see https://html.spec.whatwg.org/multipage/interactive-elements.html#the-dialog-element
 */
export function installDialogPolyfill(window: Window & typeof globalThis) {
  const prototype = window.HTMLDialogElement.prototype
  if (typeof prototype.showModal === 'function') return
  const modals = new WeakSet<HTMLDialogElement>()
  const returnValues = new WeakMap<HTMLDialogElement, string>()

  Object.defineProperty(prototype, 'returnValue', {
    configurable: true,
    get(this: HTMLDialogElement) {
      return returnValues.get(this) ?? ''
    },
    set(this: HTMLDialogElement, value: string) {
      returnValues.set(this, String(value))
    },
  })
  prototype.showModal = function showModal(this: HTMLDialogElement) {
    if (this.open || !this.isConnected) {
      throw new window.DOMException('The dialog cannot be shown as a modal.', 'InvalidStateError')
    }
    this.open = true
    modals.add(this)
  }
  prototype.close = function close(this: HTMLDialogElement, result?: string) {
    if (!this.open) return
    this.open = false
    modals.delete(this)
    if (result !== undefined) this.returnValue = result
    window.setTimeout(() => this.dispatchEvent(new window.Event('close')), 0)
  }

  window.document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return
    const open = [...window.document.querySelectorAll('dialog[open]')] as HTMLDialogElement[]
    const top = open.filter((dialog) => modals.has(dialog)).at(-1)
    if (top && top.dispatchEvent(new window.Event('cancel', { cancelable: true }))) top.close()
  })
  window.document.addEventListener('submit', (event) => {
    const form = event.target
    if (!(form instanceof window.HTMLFormElement) || form.method !== 'dialog') return
    event.preventDefault()
    const submitter = event.submitter
    const result = submitter instanceof window.HTMLButtonElement ? submitter.value : undefined
    form.closest('dialog')?.close(result)
  })
}
