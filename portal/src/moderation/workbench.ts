import { msg, str } from '@lit/localize'
import type { LitElement, ReactiveController } from 'lit'
import { Task } from '@lit/task'
import { announce } from '../shared/announce.ts'
import { ConflictError, type ApiError } from '../shared/api.ts'
import { href, navigate } from '../shared/router.ts'
import { session } from '../shared/session.ts'
import type { ItemKind } from '../shared/types.ts'
import { claimItem, claimNext, releaseItem, workbenchHref } from './moderation.ts'
import { shortcutLetter } from './shortcuts.ts'
import type { ListedFlag } from './heard-flag-list.ts'
import type { HeardFlaggedText } from './heard-flagged-text.ts'
import type { Claim } from './types.ts'
import { KIND_WORDS, type Noun } from './kind-words.ts'

/**
 * Claims are 15-minute leases. The workbench renews its claim every 10 minutes while the
 * moderator is using it; a workbench left idle lets the claim lapse, so the item goes back to the
 * others.
 */
export const RENEW_MS = 10 * 60 * 1000

export type ClaimState = 'claiming' | 'mine' | 'other' | 'lost' | 'none'

/** What every moderated item has: a status and perhaps someone's claim on it. */
export type WorkItem = { status: string; claim: Claim | null }

export type WorkbenchOptions<T> = {
  kind: () => ItemKind
  id: () => string
  /** Reads the item; called after the claim, so the item shows who holds it. */
  load: (kind: ItemKind, id: string, signal: AbortSignal) => Promise<T>
  /** What the claim's messages name, when not the item's kind: a published response's change. */
  noun?: () => Noun
  /** The Alt+Shift shortcuts the page offers now, by letter. */
  shortcuts: () => Record<string, () => unknown>
}

type Opened<T> = { item: T; claim: ClaimState; claimMessage: string }

/**
 * The moderation workbench's life, shared by the story and the text pages: opens an item by
 * claiming and loading it (a `Task`), keeps the claim alive while the moderator works, edits,
 * decides, releases and moves on to the next item, and answers the Alt+Shift shortcuts.
 * The page renders; this keeps the state and asks the page to update when it changes.
 */
export class Workbench<T extends WorkItem, D extends string> implements ReactiveController {
  item?: T
  claim: ClaimState = 'claiming'
  claimMessage = ''
  editing = false
  editBusy = false
  editError = ''
  deciding = false
  decisionError = ''
  done?: D
  /** Claims and loads the item whenever its kind or id changes; `run()` tries again. */
  readonly opening: Task<[ItemKind, string], Opened<T>>
  private renewTimer?: ReturnType<typeof setInterval>
  private lastUse = 0
  private readonly noteUse = () => (this.lastUse = Date.now())

  constructor(
    private readonly host: LitElement,
    private readonly options: WorkbenchOptions<T>,
  ) {
    host.addController(this)
    this.opening = new Task(host, {
      args: () => [options.kind(), options.id()] as [ItemKind, string],
      task: ([kind, id], { signal }) => this.open(kind, id, signal),
      onComplete: (opened) => this.opened(opened),
    })
  }

  hostConnected() {
    window.addEventListener('keydown', this.onKey)
    for (const type of ['keydown', 'pointerdown', 'input']) this.host.addEventListener(type, this.noteUse)
    if (this.claim === 'mine' && !this.done) this.keepClaim()
  }

  hostDisconnected() {
    window.removeEventListener('keydown', this.onKey)
    for (const type of ['keydown', 'pointerdown', 'input']) this.host.removeEventListener(type, this.noteUse)
    clearInterval(this.renewTimer)
  }

  /** The sentences that name this kind of item. */
  private get words() {
    return KIND_WORDS[this.options.noun?.() ?? this.options.kind()]
  }

  private async open(kind: ItemKind, id: string, signal: AbortSignal): Promise<Opened<T>> {
    this.claim = 'claiming'
    this.done = undefined
    let refused: unknown
    try {
      await claimItem(kind, id)
    } catch (e) {
      refused = e
    }
    const item = await this.options.load(kind, id, signal)
    if (!refused) return { item, claim: 'mine', claimMessage: '' }
    // 409 means someone else holds it, or that the item is not open to moderation any more.
    const holder = item.claim
    const other = refused instanceof ConflictError && holder && holder.moderatorId !== session.user?.id
    return { item, claim: other ? 'other' : 'none', claimMessage: (refused as Error).message }
  }

  private opened({ item, claim, claimMessage }: Opened<T>) {
    this.item = item
    this.claim = claim
    this.claimMessage = claimMessage
    this.lastUse = Date.now()
    clearInterval(this.renewTimer)
    if (claim === 'mine') this.keepClaim()
  }

  private keepClaim() {
    clearInterval(this.renewTimer)
    this.renewTimer = setInterval(() => void this.renew(), RENEW_MS)
  }

  private async renew() {
    if (this.claim !== 'mine' || this.done || Date.now() - this.lastUse > RENEW_MS) return
    try {
      await claimItem(this.options.kind(), this.options.id())
    } catch (e) {
      if (e instanceof ConflictError) this.loseClaim(e)
    }
  }

  private loseClaim(e: ApiError) {
    this.claim = 'lost'
    this.claimMessage = e.message
    clearInterval(this.renewTimer)
    this.host.requestUpdate()
    announce(this.words.claimEndedBecause(e.message))
  }

  private onKey = (e: KeyboardEvent) => {
    const letter = shortcutLetter(e)
    const action = letter ? this.options.shortcuts()[letter] : undefined
    if (!action) return
    e.preventDefault()
    action()
  }

  private async render() {
    this.host.requestUpdate()
    await this.host.updateComplete
  }

  private focus(selector: string) {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus()
  }

  /** Replaces the item with a newer copy (a change made by one of the page's parts). */
  update(item: T) {
    this.item = item
    this.host.requestUpdate()
  }

  /** Moves to a flag's words: focuses them in the text, or selects them in the text box. */
  async jumpTo(flag: ListedFlag) {
    const field = flag.field ?? 'body'
    const root = this.host.renderRoot
    if (this.editing) await root.querySelector('heard-redaction-form')?.select(field, flag.start, flag.end)
    else
      await root
        .querySelector<HeardFlaggedText>(`heard-flagged-text[data-field='${field}']`)
        ?.focusFlag(flag.n)
  }

  async startEditing() {
    this.editing = true
    this.editError = ''
    await this.render()
    await this.host.renderRoot.querySelector('heard-redaction-form')?.focusFirst()
  }

  async stopEditing() {
    this.editing = false
    await this.render()
    this.focus('#edit-text')
  }

  /** What to tell the moderator when a change is refused; a conflict means the claim has ended. */
  private refused(err: unknown) {
    if (err instanceof ConflictError) this.loseClaim(err)
    return (err as Error).message
  }

  /** Saves an edit of the text with `save`; then `saved` says so and moves focus. */
  async saveEdit(save: () => Promise<T>, saved: () => Promise<void>) {
    this.editBusy = true
    this.editError = ''
    await this.render()
    try {
      this.update(await save())
      await saved()
    } catch (err) {
      this.editError = this.refused(err)
    } finally {
      this.editBusy = false
      this.host.requestUpdate()
    }
  }

  /** Shows `message` as the decision panel's error, without deciding. */
  async refuseDecision(message: string) {
    this.decisionError = ''
    await this.render()
    this.decisionError = message
    this.host.requestUpdate()
  }

  /**
   * Carries out a decision with `decide`, then announces `message`. With `done`, the item leaves
   * the moderator's hands: the page shows the outcome and the claim is no longer renewed.
   */
  async decide(decide: () => Promise<T>, done: D | undefined, message: string) {
    this.deciding = true
    this.decisionError = ''
    await this.render()
    try {
      this.update(await decide())
      if (done) {
        this.done = done
        this.editing = false
        clearInterval(this.renewTimer)
      }
      announce(message)
      if (done) {
        await this.render()
        this.focus('#done')
      }
    } catch (err) {
      this.decisionError = this.refused(err)
    } finally {
      this.deciding = false
      this.host.requestUpdate()
    }
  }

  /** Lets go of this item (unless it is decided) and opens the oldest waiting one, claimed. */
  async next() {
    const [kind, id] = [this.options.kind(), this.options.id()]
    if (!this.done && this.claim === 'mine') await releaseItem(kind, id).catch(() => undefined)
    try {
      const item = await claimNext(session.user?.id, id)
      if (item) navigate(workbenchHref(item.kind, item.id))
      else navigate(href('/moderation'), { notice: msg('Nothing else is waiting: the queue is empty.') })
    } catch (e) {
      announce(msg(str`Could not open the next item. ${(e as Error).message}`))
    }
  }

  async release() {
    await releaseItem(this.options.kind(), this.options.id()).catch(() => undefined)
    navigate(href('/moderation'), {
      notice: this.words.released(),
    })
  }
}
