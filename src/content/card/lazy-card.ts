// The card's code (Preact, Floating UI, the card views and their styles: about half of the content
// script) loads when the pointer first rests on a mention, during the hover delay, not with every
// page: most pages are read without opening a single card.
import type { Card, CardAnchor, CardEvents, CardProfiles, Point } from './card';
import type { CardHost } from './card-host';

type CardModule = typeof import('./card-host');
/** Loads card-host, built as a module of its own (see the background's cardModule). */
export type CardLoader = () => Promise<CardModule>;

export class LazyCard implements Card {
  private host: CardHost | undefined;
  private loading: Promise<void> | undefined;
  /** The card asked for while the code was loading; hide() and destroy() cancel it. */
  private wanted: (() => void) | undefined;
  private destroyed = false;

  constructor(
    private readonly doc: Document,
    private readonly profiles: CardProfiles,
    private readonly events: CardEvents,
    private readonly load: CardLoader,
  ) {}

  /** Starts loading the card's code, once; a failed load (the extension was updated) is retried next time. */
  prepare(): Promise<void> {
    this.loading ??= this.load().then(
      ({ CardHost }) => {
        if (!this.destroyed) this.host = new CardHost(this.doc, this.profiles, this.events);
      },
      (error: unknown) => {
        this.loading = undefined;
        console.warn('Backstory: the card could not load', error);
      },
    );
    return this.loading;
  }

  show(anchor: CardAnchor, companyId: string, point: Point | undefined): void {
    // Timed from here, so that a wait for the code counts in the card's latency.
    const askedAt = performance.now();
    if (this.host) {
      this.host.show(anchor, companyId, point, askedAt);
      return;
    }
    const request = () => this.host?.show(anchor, companyId, point, askedAt);
    this.wanted = request;
    void this.prepare().then(() => {
      if (this.wanted !== request) return;
      this.wanted = undefined;
      request();
    });
  }

  hide(): void {
    this.wanted = undefined;
    this.host?.hide();
  }

  destroy(): void {
    this.destroyed = true;
    this.wanted = undefined;
    this.host?.destroy();
    this.host = undefined;
  }

  get isShown(): boolean {
    return this.host?.isShown ?? false;
  }

  get hasFocus(): boolean {
    return this.host?.hasFocus ?? false;
  }

  contains(target: EventTarget | null): boolean {
    return this.host?.contains(target) ?? false;
  }

  focus(): void {
    this.host?.focus();
  }
}
