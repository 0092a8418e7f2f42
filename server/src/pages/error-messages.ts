import { defineMessages } from '../i18n/index.ts'

/** The public pages' 404 and 410 pages: a missing story, service or page, a hidden or withdrawn story. */
export const errorMessages = defineMessages(
  {
    storyNotFound: 'Story not found',
    serviceNotFound: 'Service not found',
    pageNotFound: 'Page not found',
    unpublished: 'It may not have been published yet, or it may have been withdrawn by its author.',
    goneOrHidden: 'It may not have been published yet, or it may have been withdrawn or hidden.',
    checkAddress: 'Check that you typed or copied the whole address.',
    hiddenTitle: 'This story has been hidden',
    hiddenBody: 'The moderators hid this story after it was published.',
    hiddenWhy: 'Their reason:',
    withdrawnTitle: 'This story has been withdrawn',
    withdrawnBody: 'Its author withdrew it. It is no longer shown on Heard.',
    readOther: 'Read other stories on Heard',
  },
  {
    storyNotFound: "Heb ddod o hyd i'r stori",
    serviceNotFound: "Heb ddod o hyd i'r gwasanaeth",
    pageNotFound: "Heb ddod o hyd i'r dudalen",
    unpublished: "Efallai nad yw wedi ei chyhoeddi eto, neu efallai fod ei hawdur wedi ei thynnu'n ôl.",
    goneOrHidden:
      "Efallai nad yw wedi ei chyhoeddi eto, neu efallai ei bod wedi ei thynnu'n ôl neu ei chuddio.",
    checkAddress: "Gwiriwch eich bod wedi teipio neu gopïo'r cyfeiriad cyfan.",
    hiddenTitle: "Mae'r stori hon wedi ei chuddio",
    hiddenBody: 'Cuddiodd y cymedrolwyr y stori hon ar ôl iddi gael ei chyhoeddi.',
    hiddenWhy: 'Eu rheswm:',
    withdrawnTitle: "Mae'r stori hon wedi ei thynnu'n ôl",
    withdrawnBody: "Tynnodd ei hawdur hi'n ôl. Nid yw'n cael ei dangos ar Heard mwyach.",
    readOther: 'Darllen straeon eraill ar Heard',
  },
)
