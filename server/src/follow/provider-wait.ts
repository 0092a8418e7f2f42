import { html } from 'hono/html'
import { paragraphs, type Html } from '../html/layout.ts'
import { defineMessages, type Lang } from '../i18n/index.ts'
import type { FollowedStory } from './queries.ts'

/** What the follow page says while a private provider reads the story, and after a restriction. */
export const providerWaitMessages = defineMessages(
  {
    checked: 'Your story has been checked and is ready to publish.',
    privateProvider:
      'The service is run by a private provider, so they can read it first, for up to 72 hours. They may ask our senior moderators to look at it again, but only for set reasons, such as a detail that could identify someone — never because the story is critical. If they do not answer, your story is published automatically.',
    restricted:
      'After the provider asked for a review, a senior moderator restricted your story. Anyone can see that it exists and why it was restricted, but not what you wrote. The provider and public bodies that oversee care, such as the regulator, can still read it in full.',
    restrictedReason: 'The moderator wrote:',
  },
  {
    checked: "Mae eich stori wedi ei gwirio ac mae'n barod i'w chyhoeddi.",
    privateProvider:
      "Darparwr preifat sy'n rhedeg y gwasanaeth, felly gall ei darllen yn gyntaf, am hyd at 72 awr. Gall ofyn i'n huwch gymedrolwyr edrych arni eto, ond dim ond am resymau penodol, fel manylyn a allai ddatgelu pwy yw rhywun — byth oherwydd bod y stori'n feirniadol. Os na fydd yn ateb, caiff eich stori ei chyhoeddi'n awtomatig.",
    restricted:
      "Ar ôl i'r darparwr ofyn am adolygiad, cyfyngodd uwch gymedrolwr eich stori. Gall unrhyw un weld ei bod yn bodoli a pham y cafodd ei chyfyngu, ond nid yr hyn a ysgrifennoch. Gall y darparwr a'r cyrff cyhoeddus sy'n goruchwylio gofal, fel y rheoleiddiwr, ei darllen yn llawn o hyd.",
    restrictedReason: 'Ysgrifennodd y cymedrolwr:',
  },
)

export function providerWaitSays(
  story: Pick<FollowedStory, 'statusReason'>,
  lang: Lang = 'en',
): {
  awaiting_provider: Html
  restricted: Html
} {
  const t = providerWaitMessages[lang]
  return {
    awaiting_provider: html`<p>${t.checked}</p>
      <p>${t.privateProvider}</p>`,
    restricted: html`<p>${t.restricted}</p>
      ${
        story.statusReason
          ? html`<p>${t.restrictedReason}</p>
              ${paragraphs(story.statusReason)}`
          : ''
      }`,
  }
}
