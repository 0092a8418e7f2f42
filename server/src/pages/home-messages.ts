import { defineMessages } from '../i18n/index.ts'

/** The home and search pages' words. */
export const homeMessages = defineMessages(
  {
    title: 'Heard: stories of care, read by people',
    description:
      'Tell the story of your health or social care. A person reads every story before it is published, and the services can answer.',
    lead: 'Tell the story of your health or social care, good or bad. Read what others said, and how the services answered.',
    how: 'How Heard works',
    step1: 'You tell your story, without an account. You choose a nickname; your name is never shown.',
    step2:
      'A moderator reads every story before it is published and removes anything that could identify you or others.',
    step3:
      'The people who run the service read it, can answer in public, and tell you when they change something.',
    searchTitle: 'Find a service',
    searchLabel: 'Hospital, ward, GP practice or care home',
    searchHint: 'Type part of its name, its code or its postcode.',
    search: 'Search',
    recent: 'Recent stories',
    noStories: 'No stories have been published yet.',
    tellTitle: 'Tell your story',
    tell: 'Find the service above, then choose “Tell your story” on its page. It takes about ten minutes.',
    resultsTitle: 'Services matching “#”',
    noResults: 'No services match “#”. Try part of the name, or a postcode.',
    emptyQuery: 'Enter part of a service’s name, its code or its postcode',
    tooLong: 'Search for 100 characters or fewer',
    tellAbout: 'Tell your story',
    /** Hidden after "Tell your story" for screen readers; `#` is the service. */
    tellAboutHidden: 'about #',
  },
  {
    title: 'Heard: straeon am ofal, wedi eu darllen gan bobl',
    description:
      'Adroddwch stori eich gofal iechyd neu ofal cymdeithasol. Mae person yn darllen pob stori cyn iddi gael ei chyhoeddi, a gall y gwasanaethau ymateb.',
    lead: "Adroddwch stori eich gofal iechyd neu ofal cymdeithasol, boed yn dda neu'n ddrwg. Darllenwch beth ddywedodd eraill, a sut ymatebodd y gwasanaethau.",
    how: 'Sut mae Heard yn gweithio',
    step1:
      "Rydych chi'n adrodd eich stori, heb gyfrif. Rydych chi'n dewis llysenw; ni chaiff eich enw byth ei ddangos.",
    step2:
      'Mae cymedrolwr yn darllen pob stori cyn iddi gael ei chyhoeddi ac yn tynnu unrhyw beth a allai eich adnabod chi neu eraill.',
    step3:
      "Mae'r bobl sy'n rhedeg y gwasanaeth yn ei darllen, yn gallu ymateb yn gyhoeddus, ac yn dweud wrthych pan fyddant yn newid rhywbeth.",
    searchTitle: 'Dod o hyd i wasanaeth',
    searchLabel: 'Ysbyty, ward, meddygfa neu gartref gofal',
    searchHint: "Teipiwch ran o'i enw, ei god neu ei god post.",
    search: 'Chwilio',
    recent: 'Straeon diweddar',
    noStories: 'Nid oes unrhyw straeon wedi eu cyhoeddi eto.',
    tellTitle: 'Adroddwch eich stori',
    tell: "Dewch o hyd i'r gwasanaeth uchod, yna dewiswch “Adroddwch eich stori” ar ei dudalen. Mae'n cymryd tua deg munud.",
    resultsTitle: "Gwasanaethau sy'n cyfateb i “#”",
    noResults: "Nid oes unrhyw wasanaethau'n cyfateb i “#”. Rhowch gynnig ar ran o'r enw, neu god post.",
    emptyQuery: 'Rhowch ran o enw gwasanaeth, ei god neu ei god post',
    tooLong: 'Chwiliwch am 100 nod neu lai',
    tellAbout: 'Adroddwch eich stori',
    tellAboutHidden: 'am #',
  },
)
