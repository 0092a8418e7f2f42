import { defineMessages, formatNumber } from '../i18n/index.ts'

/** Alert emails (in the member's language) and the unsubscribe pages (in the link's). */
export const alertMessages = defineMessages(
  {
    criticality0: 'not critical',
    criticality1: 'minimally critical',
    criticality2: 'mildly critical',
    criticality3: 'moderately critical',
    criticality4: 'strongly critical',
    criticality5: 'severely critical',
    about: 'About:',
    criticality: 'Criticality:',
    notRated: 'not rated',
    footer: (preferencesUrl: string, unsubscribeUrl: string) =>
      `You get these emails because you chose alerts in Heard. Change them here:
${preferencesUrl}

Stop these emails (no sign-in needed):
${unsubscribeUrl}

Heard
`,
    immediateSubject: (subscriber: string, title: string) => `New story for ${subscriber}: ${title}`,
    immediateIntro: (subscriber: string) =>
      `A new story about a service ${subscriber} covers has been published on Heard.`,
    readAndRespond: 'Read it and respond:',
    digestSubject: (n: number, subscriber: string) =>
      `${formatNumber(n)} new ${n === 1 ? 'story' : 'stories'} for ${subscriber} on Heard`,
    digestIntro: (n: number, subscriber: string) =>
      `${n === 1 ? 'This story was' : `These ${formatNumber(n)} stories were`} published on Heard since your last digest, about services ${subscriber} covers.`,
    unknownLinkTitle: 'This link does not work',
    unknownLinkText:
      'It may have been copied incompletely. You can change your alerts in the portal instead.',
    stopTitle: 'Stop alert emails',
    stopText:
      'You will no longer get emails about new stories. You can choose alerts again in the portal at any time.',
    stopButton: 'Stop alert emails',
    stoppedTitle: 'Alert emails stopped',
    stoppedText: (subscriber: string) => `You will no longer get emails about new stories for ${subscriber}.`,
    stoppedAgain: 'To start them again, choose your alerts in the portal.',
  },
  {
    criticality0: 'ddim yn ddifrifol',
    criticality1: 'ychydig yn ddifrifol',
    criticality2: 'braidd yn ddifrifol',
    criticality3: 'gweddol ddifrifol',
    criticality4: 'difrifol iawn',
    criticality5: 'eithriadol o ddifrifol',
    about: 'Am:',
    criticality: 'Difrifoldeb:',
    notRated: 'heb ei raddio',
    footer: (preferencesUrl: string, unsubscribeUrl: string) =>
      `Rydych yn cael y negeseuon e-bost hyn oherwydd i chi ddewis rhybuddion yn Heard. Gallwch eu newid yma:
${preferencesUrl}

Atal y negeseuon e-bost hyn (nid oes angen mewngofnodi):
${unsubscribeUrl}

Heard
`,
    immediateSubject: (subscriber: string, title: string) => `Stori newydd i ${subscriber}: ${title}`,
    immediateIntro: (subscriber: string) =>
      `Mae stori newydd am wasanaeth y mae ${subscriber} yn ei gwmpasu wedi'i chyhoeddi ar Heard.`,
    readAndRespond: 'Ei darllen ac ymateb:',
    digestSubject: (n: number, subscriber: string) =>
      `${n === 1 ? '1 stori newydd' : `${formatNumber(n, 'cy')} o straeon newydd`} i ${subscriber} ar Heard`,
    digestIntro: (n: number, subscriber: string) =>
      `${n === 1 ? 'Cyhoeddwyd y stori hon' : `Cyhoeddwyd y ${formatNumber(n, 'cy')} stori hyn`} ar Heard ers eich crynodeb diwethaf, am wasanaethau y mae ${subscriber} yn eu cwmpasu.`,
    unknownLinkTitle: "Nid yw'r ddolen hon yn gweithio",
    unknownLinkText:
      "Efallai na chafodd ei chopïo'n llawn. Gallwch newid eich rhybuddion yn y porth yn lle hynny.",
    stopTitle: 'Atal negeseuon e-bost rhybudd',
    stopText:
      'Ni fyddwch yn cael negeseuon e-bost am straeon newydd mwyach. Gallwch ddewis rhybuddion eto yn y porth unrhyw bryd.',
    stopButton: 'Atal negeseuon e-bost rhybudd',
    stoppedTitle: "Mae'r negeseuon e-bost rhybudd wedi'u hatal",
    stoppedText: (subscriber: string) =>
      `Ni fyddwch yn cael negeseuon e-bost am straeon newydd i ${subscriber} mwyach.`,
    stoppedAgain: "I'w dechrau eto, dewiswch eich rhybuddion yn y porth.",
  },
)
