// Demo stories about Northfield and Ashby NHS Trust (RNB), Willow Lane Care Homes (CWL),
// Beechwood Medical Practice (GBM) and Eastmoor Ambulance Service (REA).
// Entirely fictional. Published stories are already anonymised; a few pending ones deliberately
// contain details a moderator must remove (phone numbers, an email, an NHS number, a staff name,
// a postcode, exact dates) so the moderation queue has real work in it.
import type { DemoStory } from './types.ts'

export const storiesB: DemoStory[] = [
  {
    codes: ['RNB01-ED'],
    title: "Dad's chest pain taken seriously from the moment we arrived",
    body: `I brought my dad in late on a Sunday evening with chest pain that had been coming and going all afternoon. He is 79 and stubborn and had refused to let me call an ambulance, so I drove him in myself, convinced we would be sitting in the waiting room all night.

The receptionist took one look at him and had a nurse out within a few minutes. He had an ECG before I had even finished parking the car properly, and the nurse explained what she was looking for in plain words rather than jargon, which helped Dad relax a bit.

The doctor who saw him later was honest that the department was very busy and that some of the blood results would take a few hours, but she came back twice to update us even though nothing had changed. That made all the difference. It turned out not to be his heart, thank goodness, and he was home by the early hours with a plan to see his GP.

Thank you to everyone on shift that night. You were clearly rushed off your feet and you still made a frightened old man feel like he mattered.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Relieved daughter',
    tags: {
      good: ['kind-staff', 'quick-treatment', 'explained-clearly'],
      improve: [],
      feelings: ['reassured', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 212,
    hasEmail: true,
    responses: [
      {
        responder: 'Matron, Emergency Department',
        body: `Thank you so much for taking the time to write this. Sunday evenings are often very busy for us, and it means a great deal to the team to hear that your dad felt looked after and that the updates helped, even when there was no news.

I have shared your story with the nurses and doctors on duty that night. I hope your dad is keeping well, and please do tell him that coming in with chest pain is never a waste of anyone's time.`,
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['RNB01-ED'],
    title: 'Nine hours on a trolley in the corridor for my 88-year-old mum',
    body: `My mum is 88 and was brought in by ambulance after a fall at home. She was assessed fairly quickly, which I appreciated, but then she spent the next nine hours on a trolley in a corridor near the ambulance doors.

Nobody offered her a drink for the first four hours until I asked. She needed the toilet and it took a long time for anyone to be free to help her, and when they did it was behind a portable screen with people walking past. She is a very private person and she was mortified. I could see the staff were doing their best and the nurse who finally helped her was lovely about it, but it should not have come to that.

Nobody could tell us how long she would be there or what was happening next. I understand the hospital is full. I am not blaming the individual nurses, who looked exhausted. But there has to be a better way to look after elderly people who are stuck waiting, even if it is just a regular check that they have water and have been to the toilet.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Worried son',
    tags: {
      good: ['kind-staff'],
      improve: ['waiting-times', 'communication'],
      feelings: ['upset', 'frustrated'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 96,
    hasEmail: true,
    responses: [
      {
        responder: 'Matron, Emergency Department',
        body: `I am so sorry that your mum spent so long in the corridor and that her dignity was not protected when she needed the toilet. You are right that this should not have happened, however busy we are, and thank you for recognising the nurses who were trying their best.

Your story has been discussed at our department safety meeting. We are introducing a named nurse for the corridor area on every shift whose job includes hourly comfort rounds: offering drinks and food, help to the toilet and an update on what is happening next. We are also looking at moving a privacy screen and a commode to a dedicated space off the corridor.

If you or your mum would like to talk to me directly about what happened, the Patient Experience Team can put you in touch with me. I would really welcome that.`,
        changeMarker: 'planned',
        daysAfter: 6,
      },
      {
        responder: 'Patient Experience Team, Northfield and Ashby NHS Trust',
        body: `An update for anyone reading this story: the hourly comfort rounds described above started in the Emergency Department last month and are now recorded on every patient's notes while they wait. Thank you again for helping us make this change.`,
        changeMarker: 'made',
        daysAfter: 65,
      },
    ],
  },
  {
    codes: ['RNB01-ED'],
    title: 'Broken wrist sorted quickly and explained well',
    body: `Came in after falling off my bike. I was given pain relief at triage, had an x-ray within the hour and the nurse practitioner showed me the break on the screen and explained why it needed a cast rather than just a splint. Really clear about what to look out for afterwards too. Much better than I expected for a Saturday.`,
    authorRole: 'patient',
    ageGroup: '16-24',
    nickname: 'Clumsy student',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'pain-well-managed'],
      improve: [],
      feelings: ['relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 340,
  },
  {
    codes: ['RNB01-ED'],
    title: 'No idea how long we would be waiting',
    body: `I waited just over six hours to be seen with abdominal pain. I know the emergency department has to see the sickest people first and I don't have a problem with that.

What I found hard was that there was no information at all. The screen in the waiting room said "welcome" the whole time. Every so often someone would go up to the desk and ask how long it would be and the receptionist, who was very patient, would say she didn't know. If we had been told "the current wait is around five hours" I would at least have been able to let my childminder know and eat something.

When I was seen the doctor was thorough and kind. It's just the waiting in the dark that was the problem.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Waiting and wondering',
    tags: {
      good: ['kind-staff'],
      improve: ['waiting-times', 'information'],
      feelings: ['frustrated', 'anxious'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 158,
    responses: [
      {
        responder: 'Matron, Emergency Department',
        body: `Thank you for this feedback, and I'm sorry your wait was so long. You have put your finger on something we hear often: not knowing is sometimes harder than the wait itself.

We have asked our IT team to connect the waiting room screen to our live system so that it shows an estimated waiting time for non-urgent patients, updated every half hour. We hope to have this running within the next few months and I will update this story when it is.`,
        changeMarker: 'planned',
        daysAfter: 9,
      },
      {
        responder: 'Matron, Emergency Department',
        body: `As promised, an update: the waiting room screens now show the estimated wait, and reception staff have a short script explaining how we prioritise patients. Thank you for prompting this.`,
        changeMarker: 'made',
        daysAfter: 120,
      },
    ],
  },
  {
    codes: ['RNB01-ED'],
    title: "What it's like being on the other side",
    body: `I work as a nurse elsewhere in the hospital and ended up in the emergency department one night shift with a kidney stone. I was embarrassed and kept apologising for taking up a bed.

The nurse looking after me told me firmly that I was a patient tonight and not a colleague, pulled the curtain round properly and got me pain relief quickly. Nobody gossiped, nobody made me feel awkward. It reminded me why I went into nursing. I've been telling my own team about it since.`,
    authorRole: 'staff',
    ageGroup: '25-34',
    nickname: 'Nurse from another ward',
    tags: {
      good: ['kind-staff', 'dignity-respected', 'listened-to'],
      improve: [],
      feelings: ['cared-for', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 47,
    responses: [
      {
        responder: 'Matron, Emergency Department',
        body: `What a lovely message, thank you. It is so important that colleagues feel they can be patients too, and I'm glad the team gave you the privacy and care you needed. Hope you are fully recovered.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['RNB01-ED'],
    title: 'Good care for my son but the waiting room was grim',
    body: `My son was seen quickly with an allergic reaction and the doctor was brilliant with him. The only thing I would say is that the waiting area was in a poor state that night: overflowing bins, sticky floors and one toilet out of order. I'm sure it was just a busy night but it didn't feel nice sitting there with a poorly child.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Mum of three',
    tags: { good: ['kind-staff', 'quick-treatment'], improve: ['cleanliness'], feelings: ['grateful'] },
    status: 'published',
    criticality: 1,
    daysAgo: 421,
  },
  {
    codes: ['RNB01-AMU'],
    title: 'They caught my sepsis in time',
    body: `I had been feeling dreadful for two days with what I thought was a bad urine infection. By the time my husband brought me in I was confused and shaking.

Within an hour of getting to the Acute Medical Unit I had antibiotics running through a drip and fluids. The doctor sat down on the edge of the bed and explained to my husband that I had sepsis and what they were doing about it, and she didn't sugar-coat it but she didn't frighten him either.

I was on the unit for three days before moving to a ward and every nurse I met was calm and kind. One of the healthcare assistants, Precious, brought me a cup of tea at four in the morning when I couldn't sleep and sat with me for a couple of minutes. Small things like that stay with you.

I've since read how many people die from sepsis. I'm very lucky, and I know it's because of the speed of the team on AMU.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Back on my feet',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'kind-staff', 'good-communication'],
      improve: [],
      feelings: ['grateful', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 133,
    hasEmail: true,
    responses: [
      {
        responder: 'Ward Manager, Acute Medical Unit',
        body: `Thank you for sharing this, and we are so glad you are feeling better. Recognising and treating sepsis quickly is something the whole team works really hard at, so it is wonderful to hear that it made a difference for you. I have passed your kind words on to Precious, who was delighted.`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RNB01-AMU'],
    title: 'Good care, but impossible to sleep',
    body: `Two nights on the Acute Medical Unit. Nursing care was excellent and I understood what was happening with my treatment. But the noise at night was unbelievable: bins with metal lids slamming, phones ringing, staff chatting at the desk right outside my bay at three in the morning. I came out more tired than I went in. Some earplugs and eye masks would be a start.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Light sleeper',
    tags: { good: ['kind-staff', 'explained-clearly'], improve: ['noise-at-night'], feelings: ['cared-for'] },
    status: 'published',
    criticality: 1,
    daysAgo: 265,
    responses: [
      {
        responder: 'Ward Manager, Acute Medical Unit',
        body: `Thank you for telling us about this, and I'm sorry your sleep was so disturbed. We have now replaced the bins in the bays with soft-close ones, moved the night-time handover away from the bays and we offer earplugs and eye masks to every patient at bedtime. Rest matters for recovery and you were right to raise it.`,
        changeMarker: 'made',
        daysAfter: 11,
      },
    ],
  },
  {
    codes: ['RNB01-W21'],
    title: 'They let me stay with Dad and it changed everything',
    body: `My dad has vascular dementia and was admitted to Ward 21 with a chest infection. Every previous hospital stay had been a nightmare: he would become frightened and agitated at night, pull out his cannula and try to leave, and I would get phone calls at two in the morning.

This time, on the first day, the ward sister asked me what Dad was like at home, what calmed him down and whether I would like to stay outside visiting hours. She explained the ward supports carers to be there as much as they want. I filled in a "this is me" form with his routine, his love of brass band music and the fact that he was a postman for forty years and still likes to be up early.

The difference was astonishing. The healthcare assistants read the form and talked to him about his rounds. They put a little forget-me-not symbol above his bed so everyone knew he had dementia. When he was restless at night a nurse sat with him and played some brass band music on her phone rather than reaching for medication.

I was included in the ward round and the consultant asked my opinion about whether Dad should go home or to a care home. Nobody rushed us. The occupational therapist did a home visit with both of us.

He is home now, with carers twice a day, and he still talks about "the nice girls at the hospital". I can't thank the team enough for treating him as a person and not a problem.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Daughter and carer',
    tags: {
      good: ['kind-staff', 'involved-in-decisions', 'listened-to', 'dignity-respected'],
      improve: [],
      feelings: ['grateful', 'respected', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 388,
    hasEmail: true,
    responses: [
      {
        responder: 'Ward Sister, Ward 21 (Elderly Care)',
        body: `Thank you so much for writing this. Your dad was a joy to have on the ward and the team loved hearing about his postal rounds. Carers like you know the person best, and having you with us made our care better too.

We will keep encouraging every family to stay as much as they want and to fill in the "this is me" form. Please give your dad our best wishes.`,
        daysAfter: 7,
      },
    ],
  },
  {
    codes: ['RNB01-W21'],
    title: 'My nan developed a pressure sore and nobody could tell us why',
    body: `My nan was admitted to Ward 21 with a urine infection. She was able to walk with a frame when she went in. Over two and a half weeks she became bed-bound and developed a serious pressure sore on her heel.

We visited every day and we often found her lying in the same position. When we asked whether she was being turned we got different answers from different staff. One nurse said she was on a two-hourly chart, another said there wasn't a chart. Nobody told us about the sore until we noticed the dressing ourselves.

Then she was discharged on a Friday evening with a letter that didn't mention the sore at all. The district nurses only found out when we rang them.

I know the ward is busy and some of the staff were very kind to her. But she came out of hospital in a much worse state than she went in and nobody has given us a straight answer. We would like to know what is being done so this doesn't happen to someone else's nan.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Disappointed granddaughter',
    tags: {
      good: [],
      improve: ['communication', 'continuity-of-care', 'discharge'],
      feelings: ['upset', 'angry', 'ignored'],
    },
    status: 'published',
    criticality: 4,
    daysAgo: 178,
    hasEmail: true,
    responses: [
      {
        responder: 'Matron, Elderly Care',
        body: `I am truly sorry about what happened to your nan. Developing a pressure sore in our care is not acceptable, and neither is the confusion about her repositioning or the missing information on her discharge letter. I would like to look into this properly with you.

I have started a review of her care, which will look at her skin checks, her repositioning records and how her discharge was planned. Please contact the Patient Experience Team, who will arrange for me to meet you and your family so I can share what we find.`,
        daysAfter: 8,
      },
      {
        responder: 'Matron, Elderly Care',
        body: `Following our review, and with thanks to this family for meeting us, we have made changes on Ward 21: every patient now has a skin check recorded at least twice a day on a board by their bed that families can see, a tissue viability nurse visits the ward weekly, and discharge letters cannot be completed without the wound section being filled in. We have also shared the learning across all our wards for older people.`,
        changeMarker: 'made',
        daysAfter: 74,
      },
    ],
  },
  {
    codes: ['RNB01-W21'],
    title: 'Proper food and someone to help me eat it',
    body: `My hands are bad with arthritis and I can't manage a knife and fork well. On Ward 21 there was a lady who came round at every meal to help people like me. She cut up my food without making a fuss and let me go at my own pace. The food was much better than I expected too, the shepherd's pie especially. I was a baker for many years so I know a decent crust and the crumble was very passable.`,
    authorRole: 'patient',
    ageGroup: '85+',
    nickname: 'Retired baker',
    tags: { good: ['good-food', 'kind-staff', 'dignity-respected'], improve: [], feelings: ['cared-for'] },
    status: 'published',
    criticality: 0,
    daysAgo: 610,
  },
  {
    codes: ['RNB01-W21'],
    title: "Wife's hearing aids lost on the ward",
    body: `My wife's hearing aids went missing during her second week on Ward 21. Without them she can hardly hear a thing, which meant she couldn't follow what the doctors said to her and became more withdrawn. Staff searched her bedside but they were never found. Nobody seemed to have written down that she had them when she arrived.

Replacements took six weeks. It's a small thing to the hospital but it was a big thing for her. Perhaps a little bag or a box for hearing aids, glasses and teeth would help, and a note on admission.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'Husband of 50 years',
    tags: { good: ['kind-staff'], improve: ['communication', 'information'], feelings: ['frustrated'] },
    status: 'published',
    criticality: 2,
    daysAgo: 301,
    responses: [
      {
        responder: 'Ward Manager, Ward 21 (Elderly Care)',
        body: `I'm very sorry that your wife's hearing aids were lost and for the impact this had on her stay. You're quite right that it is not a small thing. We now use labelled boxes for hearing aids, glasses and dentures, and these items are recorded on admission and checked at every handover. We have also arranged for the audiology team to prioritise replacements for inpatients. If you are out of pocket, the Patient Experience Team can help with a claim.`,
        changeMarker: 'made',
        daysAfter: 10,
      },
    ],
  },
  {
    codes: ['RNB01-W22'],
    title: 'The respiratory ward got me breathing again and taught me how to manage',
    body: `I've had COPD for ten years and this was my third admission. This time felt different. The respiratory nurse specialist came to see me every day and went through my inhalers with me. It turns out I had been using one of them wrong for years.

The physio taught me breathing exercises and a way of clearing my chest that actually works, and before I left I was booked into pulmonary rehab and given a written rescue plan so I know what to do before things get bad enough to need an ambulance.

I've not been back in since, which is a record.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'COPD and still going',
    tags: {
      good: ['kind-staff', 'explained-clearly', 'good-aftercare', 'involved-in-decisions'],
      improve: [],
      feelings: ['reassured', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 455,
    hasEmail: true,
  },
  {
    codes: ['RNB01-W22'],
    title: 'A nurse held my hand when I had to go on the mask',
    body: `When they told me I needed a tight-fitting mask to help my breathing I panicked. I'm claustrophobic and I honestly thought I was going to die.

The nurse looking after me, Tom, stayed by the bed for the first half hour. He let me hold the mask to my face myself until I got used to it, explained every sound the machine made and held my hand when I needed him to. I don't think he had a break that whole shift.

I spent two nights on the mask and I'm home now. I will never forget his kindness.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Claustrophobic and scared',
    tags: {
      good: ['kind-staff', 'felt-safe', 'explained-clearly'],
      improve: [],
      feelings: ['feeling-safe', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 77,
    responses: [
      {
        responder: 'Ward Manager, Ward 22 (Respiratory)',
        body: `Thank you for taking the time to tell us this. Non-invasive ventilation is frightening for many people and I'm so glad Tom helped you through it. He was very touched by your words, and so was the rest of the team.`,
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['RNB01-W22'],
    title: 'Told I was going home at ten, actually left at half past five',
    body: `I was told on the morning ward round that I could go home. Great news. My daughter took the afternoon off work to collect me.

I then sat in the day room, dressed and with my bag packed, for over seven hours. First it was waiting for my discharge letter, then for my medicines from pharmacy, then for my oxygen to be arranged at home, which apparently nobody had started until that morning even though they had known for days I would need it.

Nobody came to tell me what was happening unless I went and asked. My daughter had to leave to pick up her children and come back in the evening. I didn't get any lunch because I was "discharged".

The care on the ward was good. But the last day spoiled it.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Still sitting in the day room',
    tags: {
      good: ['kind-staff'],
      improve: ['discharge', 'waiting-times', 'communication'],
      feelings: ['frustrated', 'ignored'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 230,
    responses: [
      {
        responder: 'Ward Manager, Ward 22 (Respiratory)',
        body: `I'm sorry that your last day with us was so frustrating, and especially that you missed lunch. That should never happen. Your experience has shown us that we start arranging home oxygen too late. We are changing our process so that the home oxygen referral starts as soon as the team thinks a patient may need it, rather than on the day of discharge, and patients waiting to go home will be offered meals until they leave.`,
        changeMarker: 'planned',
        daysAfter: 14,
      },
    ],
  },
  {
    codes: ['RNB01-AMU'],
    title: "Told Mum's story five times to five different people",
    body: `Mum was on the Acute Medical Unit for two days. In that time I explained her medical history, her medication and the fact that she has Parkinson's and needs her tablets on time to at least five different people. Her Parkinson's medication was still late twice. Staff were kind but it felt like nobody was reading what anyone else had written.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Tired of repeating myself',
    tags: {
      good: ['kind-staff'],
      improve: ['communication', 'continuity-of-care'],
      feelings: ['frustrated', 'confused'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 520,
  },
  {
    codes: ['RNB01-CAR'],
    title: "My angiogram was nothing like the horror story I'd imagined",
    body: `I had worked myself up into a real state about my angiogram. The cardiology nurse rang me the week before to go through what would happen and answered all my silly questions, including whether I'd be awake (yes) and whether it would hurt (a bit, at the wrist, briefly).

On the day everything ran to time. The consultant showed me the pictures of my heart on the screen while it was happening and explained that one artery was narrowed and he would put a stent in there and then. I was home the same evening with a cup of tea in my hand. Thank you all.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Nervous about needles',
    tags: {
      good: ['explained-clearly', 'kind-staff', 'quick-treatment', 'felt-safe'],
      improve: [],
      feelings: ['reassured', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 189,
    responses: [
      {
        responder: 'Cardiology Day Case Sister, Cardiology',
        body: `Thank you for sharing this, and there is no such thing as a silly question! We know how worrying procedures can be and the pre-procedure phone call is there for exactly that reason. We're delighted it went well and wish you all the best with your recovery and cardiac rehab.`,
        daysAfter: 8,
      },
    ],
  },
  {
    codes: ['RNB01-CAR'],
    title: 'The heart failure nurse is our lifeline',
    body: `My husband was diagnosed with heart failure last year. Since then the heart failure nurse has visited us at home every few weeks and we can ring her when his ankles swell or he gets breathless. She adjusts his water tablets and it has kept him out of hospital three times. She always asks how I am coping too, which nobody else does.`,
    authorRole: 'relative',
    ageGroup: '75-84',
    nickname: 'Wife of a heart patient',
    tags: {
      good: ['good-aftercare', 'listened-to', 'good-communication', 'involved-in-decisions'],
      improve: [],
      feelings: ['grateful', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 502,
  },
  {
    codes: ['RNB01-CAR'],
    title: 'Three letters, three different appointment times',
    body: `I received three letters about the same echocardiogram appointment, each with a different time, and one said Ashby when it was actually at Northfield. I rang to check and was on hold for forty minutes. When I finally got there the scan itself was quick and the sonographer was lovely and explained what she could see. Just sort the letters out please.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Confused by letters',
    tags: { good: ['explained-clearly'], improve: ['appointments', 'information'], feelings: ['confused'] },
    status: 'published',
    criticality: 1,
    daysAgo: 287,
    responses: [
      {
        responder: 'Patient Experience Team, Northfield and Ashby NHS Trust',
        body: `Thank you for letting us know and I'm sorry for the confusion. We've passed this to the cardiology booking team, who have found that rebooked appointments were generating a new letter without cancelling the old one. They are working with our IT team to fix this. We're glad the scan itself went well.`,
        daysAfter: 12,
      },
    ],
  },
  {
    codes: ['RNB01-MAT-DS'],
    title: 'The midwife who stayed past the end of her shift',
    body: `I arrived on the Delivery Suite at about 4cm dilated, terrified and with a birth plan I'd written in about ten minutes after a YouTube binge. The midwife who looked after me, Hannah, actually read it and talked it through with me and my partner.

Things didn't go to plan, of course. I ended up asking for an epidural much earlier than I'd said I wanted one, and she didn't make me feel like I'd failed. She explained the options each time something changed and let us decide. When my daughter's heart rate dipped and a doctor came in, Hannah stayed at my head and told me exactly what was going on so I wasn't frightened.

Her shift ended about an hour before our daughter was born. She stayed. She told me afterwards she "wasn't going to miss the ending". She helped me with the first feed and took our first family photo.

I have no idea if midwives know how much they are remembered. I will remember her forever.

Also a mention for the student midwife who kept bringing my partner toast, and the anaesthetist who made me laugh while putting in the epidural.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'First-time mum',
    tags: {
      good: ['kind-staff', 'dignity-respected', 'involved-in-decisions', 'pain-well-managed', 'listened-to'],
      improve: [],
      feelings: ['respected', 'cared-for', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 366,
    hasEmail: true,
    responses: [
      {
        responder: 'Head of Midwifery, Maternity Unit',
        body: `Congratulations on the birth of your daughter, and thank you for this beautiful story. It has been shared with Hannah, the student midwife and the anaesthetist, and read out at our team meeting. There were a few tears. Midwives do know, because of stories like yours. Wishing your family all the very best.`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RNB01-MAT-DS'],
    title: 'Induction delayed for two days and my partner sent home every night',
    body: `I was booked for induction at 41 weeks. I started the process on the antenatal side but then waited nearly two days for a bed on the Delivery Suite to have my waters broken because it was so busy.

During those two days I was in pain with contractions that weren't really going anywhere. I barely slept. Every few hours a different midwife would tell me "hopefully in the next couple of hours" and then nothing would happen. I would have coped much better if someone had just been honest that it might be a long wait.

Worst of all, my partner was sent home at 10pm both nights, so I was on my own and frightened in the middle of the night when the contractions were at their worst.

Once I finally got to the Delivery Suite the care was excellent and our son arrived safely. But the induction experience was awful and I have heard from other mums that mine wasn't unusual.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Induced and exhausted',
    tags: {
      good: ['kind-staff'],
      improve: ['waiting-times', 'communication', 'information'],
      feelings: ['anxious', 'frustrated', 'upset'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 144,
    responses: [
      {
        responder: 'Head of Midwifery, Maternity Unit',
        body: `Thank you for telling us about your induction, and congratulations on the safe arrival of your son. I am sorry that the wait was so long and that you felt alone at night. You are right that honest information would have helped.

We know delays in induction are one of the biggest concerns for women and birthing people in our unit. We are recruiting more midwives for the Delivery Suite, and from next month birth partners will be able to stay overnight on the antenatal ward, with reclining chairs being provided. We are also introducing a twice-daily update from the midwife in charge to everyone waiting for induction.`,
        changeMarker: 'planned',
        daysAfter: 9,
      },
    ],
  },
  {
    codes: ['RNB01-MAT'],
    title: 'An emergency caesarean and a team that stayed calm',
    body: `From a dad's point of view: when the alarm went and the room filled up with people I genuinely thought we were going to lose them both. Someone, I think the midwife coordinator, put a hand on my shoulder and said "I'm going to explain what's happening" and did, in a calm voice, while everyone else got my wife to theatre.

Eleven minutes later I was holding my son. Everyone in that theatre was brilliant. Thank you isn't enough.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'New dad, still shaking',
    tags: {
      good: ['felt-safe', 'explained-clearly', 'kind-staff', 'quick-treatment'],
      improve: [],
      feelings: ['relieved', 'grateful', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 610,
    responses: [
      {
        responder: 'Head of Midwifery, Maternity Unit',
        body: `Thank you for writing from a dad's point of view. Emergencies are frightening for partners and we try never to forget the person standing in the corner of the room. Congratulations to you all.`,
        daysAfter: 7,
      },
    ],
  },
  {
    codes: ['RNB01-MAT'],
    title: 'Nobody to help with breastfeeding at night',
    body: `After my baby was born I stayed two nights on the postnatal side of the Maternity Unit. During the day the support with breastfeeding was good and one of the maternity support workers spent a long time helping me with positioning.

At night it was a different story. My baby was screaming and wouldn't latch and I buzzed several times. When someone came they were clearly run off their feet, and the only suggestion was formula. I ended up crying in the dark at 3am feeling like a failure. I did give a bottle in the end and that's fine, but I wish I'd had more support to do what I wanted.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Struggling with feeding',
    tags: {
      good: ['kind-staff', 'clean-environment'],
      improve: ['information', 'communication'],
      feelings: ['anxious', 'upset'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 249,
    responses: [
      {
        responder: 'Infant Feeding Lead, Maternity Unit',
        body: `I'm so sorry you felt alone and unsupported at night. You are not a failure, and feeding your baby is always the right thing to do. Since your stay we have trained more night staff as infant feeding champions so there is one on every night shift, and we now give every new parent a card with the number for our infant feeding support line, which is staffed at night by experienced colleagues.`,
        changeMarker: 'made',
        daysAfter: 13,
      },
    ],
  },
  {
    codes: ['RNB01-RAD'],
    title: 'The radiographer talked me through my MRI scan',
    body: `I'd cancelled my MRI twice before because of claustrophobia. This time the radiographer let me look at the scanner first, told me I could go in feet first, gave me a buzzer and talked to me through the headphones between every sequence to say how many minutes were left. I got through it. Such a simple thing but it made all the difference.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Not a fan of tunnels',
    tags: { good: ['kind-staff', 'explained-clearly', 'listened-to'], improve: [], feelings: ['reassured'] },
    status: 'published',
    criticality: 0,
    daysAgo: 320,
  },
  {
    codes: ['RNB01-RAD'],
    title: 'Scan itself fine, the wait to get results not so much',
    body: `I had my CT scan within a week of my GP referral, which was impressive. Then I waited five weeks for the result to reach my GP, and nobody could tell me where it was. Five weeks is a long time to worry. The scan team were great though.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Patient but fed up',
    tags: { good: ['quick-treatment'], improve: ['waiting-times', 'information'], feelings: ['anxious'] },
    status: 'published',
    criticality: 1,
    daysAgo: 95,
  },
  {
    codes: ['RNB01-OPD'],
    title: 'Two hours late and nobody said a word',
    body: `My appointment in Outpatients was at 10.40. I was seen at 12.50. There was no notice on the board, nobody came out to say the clinic was running late or why. Several people around me were worried about their parking running out. When I asked at the desk I was told "the doctor is busy".

When I saw the consultant he apologised and explained there had been an emergency, which is completely understandable. If someone had told us that at eleven o'clock everybody would have been a lot calmer.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Clinic watcher',
    tags: {
      good: [],
      improve: ['waiting-times', 'information', 'appointments'],
      feelings: ['frustrated', 'ignored'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 57,
    responses: [
      {
        responder: 'Outpatients Manager, Northfield Royal Infirmary',
        body: `Thank you for your feedback and I'm sorry for the long wait and the lack of information. All our clinics now have a whiteboard at reception showing how late each clinic is running, updated every thirty minutes, and reception staff tell patients on arrival. Patients whose wait goes beyond an hour can ask reception to validate their parking ticket.`,
        changeMarker: 'made',
        daysAfter: 8,
      },
    ],
  },
  {
    codes: ['RNB01-OPD'],
    title: 'The first doctor who really listened about my joints',
    body: `I've had pain and swelling in my hands and feet for nearly two years and had been told it was "probably stress" more than once. The rheumatology consultant I saw in Outpatients spent forty minutes with me, examined every joint and explained that she thought I had an inflammatory arthritis and what the blood tests and scans would show.

She drew a diagram. She asked what mattered to me (being able to pick up my kids and keep working) and we chose a treatment together. I cried in the car afterwards from relief.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Finally believed',
    tags: {
      good: ['listened-to', 'explained-clearly', 'involved-in-decisions'],
      improve: [],
      feelings: ['respected', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 412,
    hasEmail: true,
    responses: [
      {
        responder: 'Rheumatology Clinical Lead, Outpatients',
        body: `Thank you for sharing your story. It must have been very hard to live with symptoms for so long without answers. I'm so glad you felt listened to and involved, and I hope the treatment is helping you get back to doing the things that matter.`,
        daysAfter: 10,
      },
    ],
  },
  {
    codes: ['RNB01-REN'],
    title: 'After four years on dialysis, this unit feels like family',
    body: `I have been coming to the Renal Unit for haemodialysis three times a week for four years. That's around six hundred sessions, so I think I know this place better than most.

What keeps me coming back with a smile (mostly) is the people. The nurses know my name, my grandchildren's names and which chair I like. They notice when I'm down. When my wife was in hospital last winter one of the senior nurses swapped my slot so I could visit her in the afternoons.

The unit is spotless, the machines are looked after and when anything goes wrong they tell you straight. I've also been supported to learn to do some of my own care, setting up my lines and checking my blood pressure, which gives me back a bit of control.

There are hard days. Dialysis is not fun. But I want the people who work here to know they make it bearable.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Three times a week',
    tags: {
      good: ['kind-staff', 'good-communication', 'clean-environment', 'involved-in-decisions'],
      improve: [],
      feelings: ['cared-for', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 530,
    hasEmail: true,
    responses: [
      {
        responder: 'Renal Unit Manager, Renal Unit',
        body: `What a lovely thing to read, thank you. It is a privilege to get to know our patients over so many years, and your sense of humour brightens up a lot of our Monday mornings. We'll keep your favourite chair free.`,
        daysAfter: 9,
      },
    ],
  },
  {
    codes: ['RNB01-REN'],
    title: 'The renal dietitian made my diet make sense',
    body: `When I started dialysis I was handed a list of foods to avoid and felt like I could never eat anything nice again. The renal dietitian went through what I actually eat, including my mum's cooking, and worked out swaps rather than bans. My potassium levels have been steady for months now.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Learning to eat again',
    tags: {
      good: ['explained-clearly', 'listened-to', 'good-aftercare'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 176,
  },
  {
    codes: ['RNB01-SAU'],
    title: 'From A&E to surgery in a day',
    body: `I came to the Surgical Assessment Unit from A&E with pain on my right side. The surgical registrar examined me, sent me for a scan and explained it was my appendix and I'd need keyhole surgery that evening. Everything was explained really clearly, including the risks, and they let my mum come in with me until I went to theatre. Home in two days. Really impressed, thank you.`,
    authorRole: 'patient',
    ageGroup: '16-24',
    nickname: 'Appendix-free',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'pain-well-managed', 'kind-staff'],
      improve: [],
      feelings: ['relieved', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 71,
  },
  {
    codes: ['RNB01-SAU'],
    title: 'Sent home twice and my operation cancelled after 20 hours nil by mouth',
    body: `I have gallstones and have been to the Surgical Assessment Unit three times in two months with attacks of severe pain.

The first two times I was given pain relief and sent home with a plan to have my gallbladder removed "soon". The third time I was admitted and told I would be operated on the next day. I was nil by mouth from midnight. I was finally told at 8pm the following evening, after asking several times, that the operation was cancelled because there was no theatre time. Nobody had told me to eat or drink anything in the meantime.

I was then put on a list for another day and the whole thing happened again, though this time it went ahead.

The nurses were kind and apologetic. But I felt like nobody was in charge of my care and I had to keep chasing the doctors to find out what the plan was. I can't be the only person this happens to.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Nil by mouth, again',
    tags: {
      good: ['kind-staff'],
      improve: ['communication', 'waiting-times', 'pain-management', 'continuity-of-care'],
      feelings: ['angry', 'frustrated', 'ignored'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 263,
    responses: [
      {
        responder: 'General Surgery Clinical Director, Surgical Assessment Unit',
        body: `I'm very sorry that your operation was cancelled after such a long wait and that you were left without food or drink and without information. That falls short of the care we want to give.

We are setting up a dedicated emergency gallbladder list twice a week so that people admitted with gallstones can have their operation within a few days without competing with other emergencies. We have also reviewed our fasting guidance so that patients are told to have a drink as soon as it looks unlikely they will go to theatre before the afternoon.`,
        changeMarker: 'planned',
        daysAfter: 12,
      },
    ],
  },
  {
    codes: ['RNB01-W24'],
    title: 'The stoma nurse and Ward 24 helped me face my new normal',
    body: `I had emergency bowel surgery and woke up with a stoma that I hadn't expected. I was devastated and wouldn't look at it for the first two days.

The nurses on Ward 24 were endlessly patient. They changed my bags without any fuss and didn't push me. The stoma nurse came every day and on the third day she sat with me, talked about her other patients who swim, travel and go dancing, and then showed me how to change the bag myself in front of the mirror. By the time I went home I was doing it on my own.

She still rings me every few weeks. I'm going on holiday next month.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'New stoma, new start',
    tags: {
      good: ['kind-staff', 'explained-clearly', 'dignity-respected', 'good-aftercare'],
      improve: [],
      feelings: ['cared-for', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 190,
    hasEmail: true,
    responses: [
      {
        responder: 'Ward Manager, Ward 24 (General Surgery)',
        body: `Thank you so much for this, and enjoy your holiday! Waking up with an unexpected stoma is a huge thing and you've shown real courage. I've passed your words to our stoma nurse and the whole team.`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RNB01-W24'],
    title: 'Cold dinners and the tea trolley missing us out',
    body: `The nurses on Ward 24 were very good to me after my hernia repair and the ward was spotless. But the food was usually lukewarm by the time it got to my end of the ward, and twice the evening tea trolley didn't come to our bay at all. A hot drink at night matters when you're stuck in a hospital bed.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Hungry on Ward 24',
    tags: { good: ['kind-staff', 'clean-environment'], improve: ['food'], feelings: ['frustrated'] },
    status: 'published',
    criticality: 1,
    daysAgo: 344,
    responses: [
      {
        responder: 'Ward Manager, Ward 24 (General Surgery)',
        body: `Thank you for letting us know, and sorry that your meals and drinks were not what they should have been. We've changed the order in which bays are served so that the far end of the ward is no longer always last, and the evening drinks round now has a checklist for every bay. I hope you're recovering well from your operation.`,
        changeMarker: 'made',
        daysAfter: 15,
      },
    ],
  },
  {
    codes: ['RNB01'],
    title: 'A volunteer walked me all the way to my clinic',
    body: `Northfield Royal Infirmary is a maze and I was going round in circles trying to find the eye clinic. A volunteer in a green fleece saw me looking lost and walked me all the way there, chatting about the weather and the football. She even found me a seat. Please thank the volunteers, they are wonderful.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Lost in the corridors',
    tags: { good: ['kind-staff'], improve: [], feelings: ['cared-for', 'grateful'] },
    status: 'published',
    criticality: 0,
    daysAgo: 279,
    responses: [
      {
        responder: 'Voluntary Services Manager, Northfield Royal Infirmary',
        body: `Thank you for taking the time to write. Our volunteers will be delighted, and I'll share this with the whole team at our monthly get-together. We're also working on better signage so fewer people get lost in the first place!`,
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['RNB01'],
    title: 'Forty minutes to find a parking space while my daughter was in labour',
    body: `My daughter was in labour and I dropped her at the maternity entrance, then spent forty minutes driving around looking for a space. I missed the first part of her labour. The pay machines don't take cards either. I know there's no easy answer to parking at big hospitals, but something has to change.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Circling the car park',
    tags: { good: [], improve: ['parking'], feelings: ['frustrated', 'anxious'] },
    status: 'published',
    criticality: 2,
    daysAgo: 650,
  },
  {
    codes: ['RNB02-MIU'],
    title: 'Glue, stickers and a very brave five-year-old',
    body: `My son fell off the climbing frame and split his forehead open. I was panicking and there was a lot of blood. We went to the Minor Injuries Unit at Ashby instead of the big A&E and were seen within half an hour.

The nurse practitioner was brilliant with him. She let him hold the torch, explained to him (not just me) that she was going to use special glue instead of stitches, and gave him a sticker for every step. He now tells everyone he has "a superhero scar". Thank you for making a scary day into a good story.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Mum of a climber',
    tags: {
      good: ['kind-staff', 'quick-treatment', 'explained-clearly'],
      improve: [],
      feelings: ['relieved', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 118,
    responses: [
      {
        responder: 'Nurse Practitioner Lead, Minor Injuries Unit',
        body: `Thank you for this lovely feedback, and please tell your superhero we said well done for being so brave! We love it when families choose us for minor injuries like this.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['RNB02-MIU'],
    title: 'In and out in under an hour with my ankle',
    body: `Went over on my ankle playing five-a-side. Rather than sit in A&E all evening I went to the Minor Injuries Unit at Ashby. Seen, x-rayed and strapped up in 55 minutes, with a leaflet of exercises. Not broken, just a bad sprain. Would recommend to anyone.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Hobbling but happy',
    tags: { good: ['quick-treatment', 'explained-clearly'], improve: [], feelings: ['relieved'] },
    status: 'published',
    criticality: 0,
    daysAgo: 402,
  },
  {
    codes: ['RNB02-OAK'],
    title: 'Oak Ward taught my dad to walk again after his stroke',
    body: `After his stroke Dad couldn't stand, couldn't feed himself and his speech was very slurred. He was transferred from the stroke unit to Oak Ward at Ashby for rehabilitation and, to be honest, we weren't hopeful.

The team on Oak Ward never gave up on him. The physios had him standing in the parallel bars within the first week. The occupational therapists worked with him on dressing and making a cup of tea, and the speech therapist came three times a week. Every Thursday there was a meeting where we could sit down with the whole team and talk about his goals. His main goal was to walk to the pub at the end of his road, and they took that seriously.

What I also appreciated was that the nurses encouraged him to do things for himself even when it would have been quicker to do it for him. Little things like putting his own shoes on.

He came home after seven weeks walking with a stick. Last Sunday he walked to the pub. We had a pint and raised a glass to Oak Ward.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Proud son',
    tags: {
      good: ['kind-staff', 'involved-in-decisions', 'good-communication', 'good-aftercare'],
      improve: [],
      feelings: ['grateful', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 470,
    hasEmail: true,
    responses: [
      {
        responder: 'Ward Manager, Oak Ward (Rehabilitation)',
        body: `This made our day, thank you! Walking to the pub was one of the best goals we've had on the ward, and your dad worked so hard for it. The whole team was thrilled to hear he made it. Cheers to him!`,
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['RNB02-OAK'],
    title: 'The home visit that got me home safely after my hip',
    body: `After breaking my hip I spent three weeks on Oak Ward. Before I went home the occupational therapist took me to my house, watched me get in and out of the bath and up my stairs, and arranged a rail and a perching stool. She asked me what I wanted rather than telling me. I've had no falls since and I'm managing on my own, which is exactly what I wanted.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Independent again',
    tags: {
      good: ['involved-in-decisions', 'good-aftercare', 'listened-to'],
      improve: [],
      feelings: ['reassured', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 255,
  },
  {
    codes: ['RNB02-BIR'],
    title: 'Birch Ward gave Dad his confidence back',
    body: `Dad went to Birch Ward for intermediate care after a chest infection had left him very weak. The staff were warm and encouraging, the physio sessions were daily and they kept me informed with a quick phone call every few days. He was nervous about going home but they built him up gradually and he's now back in his flat with a bit of help. It felt like a proper plan rather than being shunted around.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Daughter in the middle',
    tags: {
      good: ['kind-staff', 'good-communication', 'involved-in-decisions'],
      improve: [],
      feelings: ['relieved', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 330,
  },
  {
    codes: ['RNB02-BIR'],
    title: 'Mum was sent home without her care package and found on the floor the next morning',
    body: `My mum is 86, lives alone and has severe arthritis. She was on Birch Ward for three weeks. Everyone agreed, including the staff, that she would need carers four times a day when she went home.

On the day she was discharged I was told at lunchtime that she was going home "this afternoon". I asked whether the carers were in place and was told the social worker was "sorting it". Mum was taken home by hospital transport at about 6pm. No carers came that evening. Nobody had checked. I live two hours away and didn't know.

Her neighbour found her on the floor the next morning. She had tried to get to the toilet in the night and fallen. She had been there for hours. She was taken back to hospital with a broken wrist and dehydration.

Mum has since recovered physically but she has lost all her confidence and is now in a care home, which she never wanted. I hold the hospital responsible for sending a frail old lady home alone without checking that the care she needed was in place.

I want to know how this was allowed to happen and what will stop it happening to anyone else.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Still shaking with anger',
    tags: {
      good: [],
      improve: ['discharge', 'communication', 'continuity-of-care'],
      feelings: ['angry', 'upset', 'ignored'],
    },
    status: 'published',
    criticality: 5,
    daysAgo: 140,
    hasEmail: true,
    responses: [
      {
        responder: 'Director of Nursing, Northfield and Ashby NHS Trust',
        body: `I am deeply sorry for what happened to your mum. She should never have been discharged without confirmation that her care was in place, and the harm she suffered as a result is unacceptable. I also want to apologise for the distress this has caused you and your family.

We are investigating this as a patient safety incident, and we will share the findings with you and your mum. A senior nurse from our patient safety team will contact you directly; if you have not heard from them, please contact our Patient Experience Team, who will make sure you do.`,
        daysAfter: 3,
      },
      {
        responder: 'Director of Nursing, Northfield and Ashby NHS Trust',
        body: `Following our investigation, which this family contributed to, we have changed how discharges from Birch Ward and Oak Ward work: no patient who needs a package of care can leave until the nurse in charge has spoken directly to the care provider and confirmed the first visit, and discharges of people who live alone now happen before 4pm unless a relative or carer is there to meet them. These rules now apply across the trust. We are very grateful to this family for helping us learn, and again very sorry.`,
        changeMarker: 'made',
        daysAfter: 95,
      },
    ],
  },
  {
    codes: ['RNB02-OPD'],
    title: 'So much easier than going into Northfield',
    body: `My diabetes clinic appointment was moved to Ashby Community Hospital this year. Free parking right outside, seen on time, a friendly nurse and a doctor who had read my notes before I walked in. I didn't realise how stressful the trip to Northfield was until I didn't have to make it. More clinics here please.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Glad to stay local',
    tags: {
      good: ['quick-treatment', 'clean-environment', 'kind-staff'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 150,
  },
  {
    codes: ['RNB02-XR'],
    title: 'Quick and friendly x-ray',
    body: `Walked in with my GP's request form and was x-rayed in fifteen minutes. The radiographer was friendly and explained how long the results would take. Couldn't ask for more.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Walk-in x-ray fan',
    tags: { good: ['quick-treatment', 'kind-staff'], improve: [], feelings: ['relieved'] },
    status: 'published',
    criticality: 0,
    daysAgo: 88,
  },
  {
    codes: ['RNB02-PHY'],
    title: "Physio sorted out my back when I thought I'd never be pain-free",
    body: `I'd had lower back pain for months and was signed off work. The physiotherapist at Ashby explained, with a plastic model of a spine, that my back wasn't "damaged" and that moving it would help rather than harm. That changed how I thought about it completely.

She gave me a handful of exercises, not a huge list, checked I was doing them right and rang me between appointments. Six sessions later I'm back at work and running again.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Back at work',
    tags: {
      good: ['explained-clearly', 'listened-to', 'involved-in-decisions', 'good-aftercare'],
      improve: [],
      feelings: ['reassured', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 560,
    responses: [
      {
        responder: 'Physiotherapy Team Lead, Ashby Community Hospital',
        body: `Thank you for sharing this. Understanding pain is often the first step to getting better, and you clearly put the work in. Enjoy your running!`,
        daysAfter: 11,
      },
    ],
  },
  {
    codes: ['RNB02-POD'],
    title: 'The podiatrist saved my toe',
    body: `I have diabetes and developed an ulcer on my toe that I didn't notice because of the numbness in my feet. The podiatry team at Ashby saw me within two days of my GP referring me, treated the ulcer every week for three months and taught me how to check my feet every day with a mirror. The podiatrist was honest that I was at risk of losing the toe. Thanks to her I didn't.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Ten toes and counting',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'good-aftercare'],
      improve: [],
      feelings: ['grateful', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 205,
    responses: [
      {
        responder: 'Podiatry Service Lead, Ashby Community Hospital',
        body: `We're so pleased your toe healed, and well done for sticking with your daily checks. Diabetic foot care really is a team effort between us and our patients. Thank you for the lovely words.`,
        daysAfter: 8,
      },
    ],
  },
  {
    codes: ['RNB02-DN'],
    title: 'The district nurses who helped my husband die at home',
    body: `My husband had cancer and his one wish was to die at home, in his own bed, looking out at his garden. In his last six weeks the community nursing team made that possible.

They came every day, sometimes twice, and more often at the end. They set up a syringe driver so his pain was controlled without him having to swallow tablets. They sorted out a hospital bed and a special mattress within a day. They showed me how to moisten his mouth and how to move him gently, and they never made me feel I was getting in the way.

What I remember most is how they spoke to him. Even when he was sleeping most of the day they said hello to him by name and told him what they were doing. One of the nurses, Bev, would always comment on his roses.

They gave me a number to ring at night and when I rang at 2am, frightened because his breathing had changed, a nurse came out within the hour and sat with me and explained what was happening. He died two days later, peacefully, with me holding his hand and the window open.

I wanted to write this so the nurses know what they gave us. Thank you.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'Widow, thankful',
    tags: {
      good: [
        'kind-staff',
        'pain-well-managed',
        'dignity-respected',
        'involved-in-decisions',
        'good-communication',
      ],
      improve: [],
      feelings: ['cared-for', 'grateful', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 620,
    hasEmail: true,
    responses: [
      {
        responder: 'Team Leader, Community Nursing Team',
        body: `We are so sorry for the loss of your husband, and deeply touched that you took the time to write to us. It was a privilege to care for him at home and to get to know you both. Bev was very moved to read about the roses. Please know that you can contact us if there is anything we can do for you now.`,
        daysAfter: 10,
      },
    ],
  },
  {
    codes: ['RNB02-DN'],
    title: 'Two years with a leg ulcer, healed in three months',
    body: `I'd had a leg ulcer for nearly two years with dressings changed by various people. When the community nursing team took over they did a proper assessment, checked the circulation in my legs and started compression bandaging. The nurse explained it would feel tight but it would work. Three months later my leg is healed. I can wear normal shoes again.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Finally healed',
    tags: {
      good: ['good-aftercare', 'explained-clearly', 'listened-to'],
      improve: [],
      feelings: ['relieved', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 99,
  },
  {
    codes: ['RNB02-FALLS'],
    title: 'The falls clinic and the strength and balance class',
    body: `After my third fall in a year my GP sent me to the falls clinic. They checked my blood pressure lying and standing, reviewed my tablets (one was making me dizzy and was stopped) and tested my eyesight. Then I joined a twelve-week strength and balance class with other people my age. We laugh a lot. I haven't fallen since and I've made two new friends.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Steadier on my feet',
    tags: {
      good: ['explained-clearly', 'good-aftercare', 'kind-staff'],
      improve: [],
      feelings: ['reassured', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 377,
  },
  {
    codes: ['RNB03-CED'],
    title: "Cedar Ward kept me safe when I couldn't keep myself safe",
    body: `I was admitted to Cedar Ward after a suicide attempt. I didn't want to be there and I wasn't very nice to anyone for the first few days.

The staff didn't take it personally. One of the healthcare assistants, Marcus, asked me every evening if I wanted to play cards. Most nights I said no. One night I said yes, and we ended up talking for an hour. He didn't try to fix me, he just listened.

My named nurse involved me in my care plan and asked what I thought would help, and the psychologist started work with me that I am still continuing in the community. When I had leave, it was planned with me, not for me.

I won't pretend a mental health ward is a nice place to be. But I'm alive, I'm doing better, and that is partly down to the people on Cedar Ward.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Recovering, one day at a time',
    tags: {
      good: ['felt-safe', 'kind-staff', 'listened-to', 'involved-in-decisions'],
      improve: [],
      feelings: ['feeling-safe', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 490,
    responses: [
      {
        responder: 'Ward Manager, Cedar Ward',
        body: `Thank you for trusting us with your story. It takes courage to write about such a difficult time, and we're so glad you're doing better. Marcus was very moved. We'll keep the cards on the table. Wishing you all the best in your recovery.`,
        daysAfter: 7,
      },
    ],
  },
  {
    codes: ['RNB03-CED'],
    title: 'What I learned as a student on Cedar Ward',
    body: `I've just finished a ten-week placement on Cedar Ward as a second-year mental health student nurse. I was nervous, having never worked on an acute ward.

My practice supervisor made sure I was never thrown in at the deep end but also gave me real responsibility. What struck me most was how the team talked about patients in handover: always with respect, never as "difficult", always with curiosity about what someone was going through. I saw de-escalation done so calmly it looked easy.

I'll take that with me wherever I end up working. Thank you, Cedar.`,
    authorRole: 'staff',
    ageGroup: '16-24',
    nickname: 'Student nurse on placement',
    tags: { good: ['kind-staff', 'dignity-respected', 'listened-to'], improve: [], feelings: ['respected'] },
    status: 'published',
    criticality: 0,
    daysAgo: 215,
  },
  {
    codes: ['RNB03-CED'],
    title: 'I felt unsafe and unheard on the ward',
    body: `I was an informal patient on Cedar Ward for four weeks. For most of that time I felt invisible.

There were a lot of agency staff who didn't know us. Staff spent a lot of time in the office with the door closed. When I tried to talk to someone because I was having thoughts of harming myself, I was told to "try some breathing exercises" and to wait for my named nurse, who wasn't on shift until the next day.

Another patient was shouting and banging doors most nights and I didn't feel safe. When I asked to be moved to a different room I was told there was nothing that could be done. My leave was cancelled twice at the last minute because there weren't enough staff to escort me, and nobody explained why until I got upset.

I know the staff are under a lot of pressure. But when you are at your lowest you need someone to talk to, and I didn't have that.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Felt invisible',
    tags: {
      good: [],
      improve: ['staff-attitude', 'communication', 'noise-at-night'],
      feelings: ['ignored', 'anxious', 'upset'],
    },
    status: 'published',
    criticality: 4,
    daysAgo: 160,
    responses: [
      {
        responder: 'Modern Matron, Adult Acute Inpatient Services',
        body: `Thank you for telling us about your time on Cedar Ward, and I am very sorry that you felt unsafe and unheard when you needed us most. Being told to wait when you are having thoughts of harming yourself is not good enough.

We are working hard to reduce our use of agency staff and have recruited a number of permanent nurses who start in the coming months. We are also introducing protected one-to-one time every day for every patient with a nurse they know, and a rule that staff are out on the ward, not in the office, except for handover. If you would like to talk about your experience, I would welcome the chance; please contact the Patient Experience Team.`,
        changeMarker: 'planned',
        daysAfter: 9,
      },
    ],
  },
  {
    codes: ['RNB03-ROW'],
    title: 'Rowan Ward gave us our mum back',
    body: `At 80 my mum developed a depression so severe that she stopped eating and drinking and barely spoke. We thought we were losing her.

On Rowan Ward the team explained everything to us, including why they recommended ECT and what the risks were. They answered every question however many times we asked it. Slowly, over several weeks, Mum came back. The first time she laughed at one of my terrible jokes I had to leave the room to cry.

The nurses and healthcare assistants were so gentle with her. They did her hair, made sure she had her own clothes on and always knocked before coming in. She's home now and doing her crossword again.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Got my mum back',
    tags: {
      good: ['kind-staff', 'explained-clearly', 'involved-in-decisions', 'dignity-respected'],
      improve: [],
      feelings: ['grateful', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 585,
    hasEmail: true,
    responses: [
      {
        responder: 'Ward Manager, Rowan Ward',
        body: `Thank you so much for sharing this. It was wonderful to see your mum's recovery and her sense of humour returning. We're very pleased to hear she's back to her crossword. Please pass on our warmest wishes.`,
        daysAfter: 8,
      },
    ],
  },
  {
    codes: ['RNB03-CRHT'],
    title: 'The crisis team saw me every day until I was safe',
    body: `When I was at my worst I really didn't want to go into hospital. The Crisis Resolution and Home Treatment Team came to my flat the same day my GP called them and then visited every single day for three weeks, sometimes twice.

They helped me make a safety plan with my partner, sorted out my medication and just listened. No one rushed off. When I was getting better they reduced the visits gradually and handed me over to the community team properly, with a joint meeting so I didn't have to start from scratch. I honestly think they saved my life.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Still here',
    tags: {
      good: ['listened-to', 'quick-treatment', 'felt-safe', 'involved-in-decisions'],
      improve: [],
      feelings: ['feeling-safe', 'cared-for', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 430,
    responses: [
      {
        responder: 'Team Manager, Crisis Resolution and Home Treatment Team',
        body: `Thank you for sharing this, and we're so glad you're still here and doing better. Home treatment only works because people like you and your partner put so much into it. The team were very moved by your words.`,
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['RNB03-CRHT'],
    title: 'I rang the crisis line three times and nobody answered',
    body: `My daughter is 22 and has been under mental health services for some time. One evening she was in a very bad way and talking about ending her life. I rang the crisis line. It rang out. I rang again twenty minutes later and it rang out again. The third time I got through and after I'd explained everything the person on the phone suggested she "have a warm bath and try to get some sleep" and said someone would call in the morning.

Nobody called in the morning. I had to take her to A&E myself in the end, where she waited for hours to see the mental health liaison team.

She is safe now, thank God. But I was terrified and I felt completely on my own. A crisis line that doesn't answer is not a crisis line.`,
    authorRole: 'carer',
    ageGroup: '45-54',
    nickname: 'Desperate dad',
    tags: {
      good: [],
      improve: ['waiting-times', 'communication', 'staff-attitude'],
      feelings: ['angry', 'anxious', 'ignored'],
    },
    status: 'published',
    criticality: 4,
    daysAgo: 70,
    hasEmail: true,
    responses: [
      {
        responder: 'Service Manager, Crisis Resolution and Home Treatment Team',
        body: `I'm so sorry. You needed us that night and we let you and your daughter down. I'm very relieved she is safe.

Since your story was published we have reviewed what happened. The crisis line was covered by one person that evening who was dealing with several calls. We now have two staff answering the line every evening and overnight, calls that can't be answered straight away go to a queue that tells you your position rather than ringing out, and every caller who is told they will receive a call back is logged and followed up by the shift lead before handover. I would welcome the chance to talk with you directly; the Patient Experience Team can arrange this.`,
        changeMarker: 'made',
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RNB03-EIP'],
    title: 'The early intervention team supported our whole family',
    body: `When my son had his first episode of psychosis at 19 we had no idea what was happening. The Early Intervention in Psychosis Team gave him a care coordinator who saw him every week and, just as importantly, offered us family sessions. We learned what psychosis is, what might trigger it and how to talk to him without making things worse. Two years on he is back at college and we understand each other better than ever.`,
    authorRole: 'carer',
    ageGroup: '45-54',
    nickname: 'Mum learning fast',
    tags: {
      good: ['good-communication', 'involved-in-decisions', 'explained-clearly'],
      improve: [],
      feelings: ['reassured', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 298,
  },
  {
    codes: ['RNB03-CMHT'],
    title: 'My community nurse knows me better than I know myself',
    body: `I've been seen by the same community psychiatric nurse for six years. She can tell from my voice on the phone when I'm starting to slip, and she acts before it gets bad. She has helped me through a bereavement, a house move and a change of medication without once making me feel like a burden. I don't know where I'd be without her.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Steady for now',
    tags: {
      good: ['listened-to', 'kind-staff', 'felt-safe'],
      improve: [],
      feelings: ['cared-for', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 540,
    responses: [
      {
        responder: 'Team Manager, Community Mental Health Team',
        body: `Thank you for your kind words. Having the same nurse over many years makes such a difference, and we'll keep doing everything we can to protect that. I've passed your message on to her.`,
        daysAfter: 14,
      },
    ],
  },
  {
    codes: ['RNB03-CMHT'],
    title: 'Four care coordinators in one year',
    body: `In the last twelve months I have had four different care coordinators at the Community Mental Health Team. Each time I was told by letter, not in person. Each time I had to go over my history, including my trauma, from the beginning. Two appointments were cancelled on the day with no explanation.

I understand people leave jobs. But every change sets me back, and I've stopped telling new people things because I don't expect them to be around for long.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Starting over, again',
    tags: { good: [], improve: ['continuity-of-care', 'communication'], feelings: ['frustrated', 'upset'] },
    status: 'published',
    criticality: 3,
    daysAgo: 123,
    responses: [
      {
        responder: 'Team Manager, Community Mental Health Team',
        body: `I'm very sorry. You shouldn't have to retell your story each time, and you should never learn about a change by letter. We have had significant staff turnover this year and I know that has affected many people. From now on any change of care coordinator will happen in a joint meeting with the outgoing and incoming coordinator, and we are introducing a short summary that you write with us and own, so you choose what is shared and don't have to start again.`,
        changeMarker: 'planned',
        daysAfter: 11,
      },
    ],
  },
  {
    codes: ['RNB03-PMH'],
    title: 'The perinatal team helped me bond with my baby',
    body: `After my second baby I felt nothing. I knew I loved him but I couldn't feel it, and I was scared to say that out loud in case they took him away. My health visitor referred me to the Perinatal Mental Health Team and the first thing the nurse said was "lots of mums feel like this and nobody is taking your baby away".

Over the following months I had visits at home, medication that was safe while breastfeeding and a parent-infant therapist who helped me play with him again. He's a year old now and the light of my life.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Mum again, properly',
    tags: {
      good: ['listened-to', 'kind-staff', 'good-aftercare'],
      improve: [],
      feelings: ['relieved', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 260,
    hasEmail: true,
    responses: [
      {
        responder: 'Team Manager, Perinatal Mental Health Team',
        body: `Thank you for being so open about your experience. So many parents feel the way you did and are scared to say so, and your story may help someone else ask for help. We're so happy to hear about the bond you and your son have now.`,
        daysAfter: 9,
      },
    ],
  },
  {
    codes: ['RNB03-MEM'],
    title: 'A hard diagnosis given with real kindness',
    body: `Dad had been getting more forgetful for a year and we finally got him to the Memory Assessment Service. The nurse who did the assessment spoke to him, not just to me, and made it feel like a chat rather than a test.

When the diagnosis of Alzheimer's was given, the doctor took her time, let Dad ask his questions and then gave us information on support groups, power of attorney and the dementia adviser. We left sad but not lost.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Daughter learning about dementia',
    tags: {
      good: ['explained-clearly', 'kind-staff', 'good-aftercare', 'listened-to'],
      improve: [],
      feelings: ['cared-for', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 315,
  },
  {
    codes: ['RNB01-ED', 'RNB01-AMU', 'RNB01-W22'],
    title: 'Three weeks, three wards and a husband who came home',
    body: `I have put off writing this because I didn't know where to start, and because I kept thinking that a thank-you card would do. It won't. My husband spent three weeks at Northfield Royal Infirmary in the winter with pneumonia, and I want to tell the whole story, because a lot of different people made up the care he got and most of them will never know how it turned out.

It started in the Emergency Department. He had been ill for a few days and suddenly couldn't finish a sentence. I drove him in rather than wait for an ambulance, which the nurse at triage very gently told me not to do again. His oxygen levels were low and within what felt like minutes he had a mask on, a drip in and a doctor listening to his chest. A nurse found me a chair and a cup of tea, and she wrote down on a piece of paper the name of what they thought it was and what they were doing about it, because she could see I wasn't taking anything in. I still have that piece of paper. I started a notebook that night and kept it the whole three weeks.

He went up to the Acute Medical Unit in the early hours. The consultant came to see him on the morning round and then came back in the afternoon to find me, because I'd missed her. She explained that he was very poorly, that the antibiotics needed a day or two to work, and that if he got worse he might need more help with his breathing. She asked what he would want if that happened. Nobody had ever asked us that before. We talked about it properly, the three of us, and it was a hard conversation but I'm glad we had it while he could still take part.

He didn't get worse, thank God, but he didn't get better quickly either, and after three days he moved to Ward 22. I was worried about the move because we'd got to know the team on AMU, but the nurse who handed him over walked up with us and introduced us to the nurse on Ward 22 by name, and she had clearly been told everything, including about my notebook, which she joked she would be borrowing.

Ward 22 was where the real work happened. The physiotherapists came twice a day, and for the first week it was mostly helping him to cough and to sit out in the chair for ten minutes at a time. He hated it and grumbled, and they took it all in good humour. By the second week they had him walking to the end of the ward with a frame, and then to the day room, and then up and down the stairs with a physio either side of him. Every few days someone would sit down with both of us and go through what had changed and what the plan was. When something changed in between, like a new antibiotic or a chest x-ray, someone rang me. I never once had to chase for information.

It wasn't all easy. There were nights when the ward was noisy and he couldn't sleep, and one weekend when they seemed very short of staff and his call bell took a while. But every time I raised something it was listened to, and usually sorted the same day. One healthcare assistant in particular, Joy, shaved him every other morning because she knew he hated the stubble, and that small thing made him feel more like himself than any medicine.

The discharge was the best-planned thing of the whole three weeks. The occupational therapist checked our stairs and bathroom, a rail and a raised toilet seat were delivered the day before he came home, his medicines were ready in the morning and explained to both of us by the ward pharmacist, and the respiratory nurse rang two days after he got home to see how he was managing. He's now finished pulmonary rehab and last week he walked to the paper shop and back on his own.

So thank you, to the triage nurse with the piece of paper, the consultant who asked what he would want, the physios who wouldn't take no for an answer, Joy with her razor, and everyone else whose name I wrote in my notebook and some whose names I didn't. You gave me my husband back.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'Wife who kept a notebook',
    tags: {
      good: [
        'kind-staff',
        'good-communication',
        'involved-in-decisions',
        'explained-clearly',
        'quick-treatment',
        'good-aftercare',
      ],
      improve: [],
      feelings: ['grateful', 'cared-for', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 228,
    hasEmail: true,
    responses: [
      {
        responder: 'Patient Experience Team, Northfield and Ashby NHS Trust',
        body: `Thank you so much for writing such a detailed and generous story. It is rare for us to hear about a whole journey through the hospital like this, and we have shared it with the Emergency Department, the Acute Medical Unit and Ward 22, and made sure Joy has seen it. Several of the teams have asked if they can use it in their training, with everything that might identify you removed, to show how much the small things matter. We are so pleased your husband is home and walking to the paper shop again.`,
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['RNB01-ED'],
    title: 'Rude nurse in A&E made me feel like a time-waster',
    body: `I went to the Emergency Department with severe pain in my side. After four hours I asked how much longer it would be and Nurse Sandra Hughes rolled her eyes and told me in front of the whole waiting room that "A&E is for emergencies" and that I should have gone to my GP.

I was later diagnosed with a kidney infection and admitted. I felt humiliated and nearly left before I was seen. Other staff were fine but nobody should be spoken to like that when they are ill and in pain.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Not impressed',
    tags: { good: [], improve: ['staff-attitude', 'waiting-times'], feelings: ['upset', 'angry'] },
    status: 'pending',
    criticality: null,
    daysAgo: 2,
    hasEmail: true,
  },
  {
    codes: ['RNB01-W21'],
    title: "Mum's tablets were missed for two days on Ward 21",
    body: `My mum was admitted on 14th March and her blood pressure tablets weren't given for the first two days because nobody had transferred her prescription. I only found out when I asked. Her NHS number is 401 023 2137 if anyone wants to look into it.

The healthcare assistants were lovely with her, especially at mealtimes, but the nurses seemed too busy to talk to me. I'd just like someone to explain what went wrong.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Worried daughter',
    tags: {
      good: ['kind-staff'],
      improve: ['communication', 'information'],
      feelings: ['anxious', 'frustrated'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 1,
    hasEmail: true,
  },
  {
    codes: ['RNB01-MAT-DS'],
    title: 'Amazing midwives on the Delivery Suite',
    body: `I just wanted to say a massive thank you to the midwives who delivered my twins. They were calm, funny and made me feel like I could do it, even when I was sure I couldn't. The one who helped me with the second twin was an absolute star.

If the midwife team want to know more or send a photo of the girls to the ward, please text me on 07700 900456. I'd love to keep in touch with them.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Happy new mum',
    tags: {
      good: ['kind-staff', 'pain-well-managed', 'dignity-respected'],
      improve: [],
      feelings: ['grateful', 'cared-for'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 3,
  },
  {
    codes: ['RNB03-CRHT'],
    title: 'The crisis team listened to me as well as my partner',
    body: `My partner was under the crisis team for a month last winter. They involved me in everything, checked how I was doing and gave me a carers' assessment. I'd like to thank them properly and I'd be happy to help with any carers' group, so they can email me at carer.jmk@example.com any time.`,
    authorRole: 'carer',
    ageGroup: '35-44',
    nickname: 'Partner who cares',
    tags: {
      good: ['listened-to', 'involved-in-decisions', 'good-communication'],
      improve: [],
      feelings: ['reassured', 'cared-for'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 4,
    hasEmail: true,
  },
  {
    codes: ['RNB02-DN'],
    title: 'The district nurse visits have been changed without telling me',
    body: `I'm 91 and housebound at 12 Larkspur Close, NF9 4QX. For two years the nurses came every Tuesday morning to dress my leg. Now they come on different days at different times and I never know who's coming. Last week nobody came at all and I sat waiting all day in case I missed them. The nurses themselves are lovely when they do come. I just want to know when to expect them.`,
    authorRole: 'patient',
    ageGroup: '85+',
    nickname: 'Housebound but not forgotten',
    tags: {
      good: ['kind-staff'],
      improve: ['continuity-of-care', 'communication', 'appointments'],
      feelings: ['confused', 'anxious'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 5,
  },
  {
    codes: ['RNB02-OAK'],
    title: 'Lovely staff on Oak Ward, but the TV room is always locked',
    body: `My wife has been on Oak Ward for a fortnight after her knee replacement went wrong. The staff are cheerful and the physios are working wonders with her. My only gripe is that the day room with the television seems to be locked most afternoons, so patients just sit by their beds. It would do them good to get together.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'Husband visiting daily',
    tags: { good: ['kind-staff', 'clean-environment'], improve: ['information'], feelings: ['cared-for'] },
    status: 'pending',
    criticality: null,
    daysAgo: 6,
  },
  {
    codes: ['RNB01-AMU'],
    title: 'Moved between four beds in one night',
    body: `I was admitted overnight and moved four times: from A&E to the Acute Medical Unit, then to a different bay, then to a side room, then back to a bay at 4am. Each time I had to carry my own things and nobody explained why. I'm sure there were good reasons but I got no sleep and didn't know which nurse was looking after me.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Moved four times',
    tags: {
      good: [],
      improve: ['communication', 'noise-at-night', 'continuity-of-care'],
      feelings: ['confused', 'frustrated'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 0,
  },
  {
    codes: ['RNB02-PHY'],
    title: 'Friendly physio, long wait',
    body: `Waited fourteen weeks for my first physio appointment for my frozen shoulder, which felt like forever. The physio herself was excellent and I'm already moving my arm better after three sessions.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Shoulder on the mend',
    tags: { good: ['kind-staff', 'explained-clearly'], improve: ['waiting-times'], feelings: ['relieved'] },
    status: 'pending',
    criticality: null,
    daysAgo: 8,
  },
  {
    codes: ['RNB01-W22'],
    title: 'Kindness at the end for my uncle',
    body: `My uncle died on Ward 22 after a long illness. He had no children and I was his only relative. The nurses made sure he was comfortable, moved him to a side room so I could stay with him, and brought me tea and a blanket in the night. One nurse stayed with me after he died and helped me with what to do next. I'll always be grateful for their compassion.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Grateful niece',
    tags: {
      good: ['kind-staff', 'dignity-respected', 'pain-well-managed'],
      improve: [],
      feelings: ['grateful', 'cared-for'],
    },
    status: 'in_review',
    criticality: null,
    daysAgo: 2,
  },
  {
    codes: ['RNB03-CMHT'],
    title: 'Discharged from the mental health team without warning',
    body: `I received a letter saying I had been discharged back to my GP because I had "not engaged" with the service. I had missed one appointment because I was in hospital with my appendix and I rang to explain. Nobody called me back. I'm now back on a waiting list and my GP says there is nothing more she can do. I feel like I've been dropped.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Trying to get help',
    tags: {
      good: [],
      improve: ['discharge', 'communication', 'continuity-of-care'],
      feelings: ['upset', 'ignored', 'anxious'],
    },
    status: 'in_review',
    criticality: null,
    daysAgo: 3,
  },
  {
    codes: ['RNB01-OPD'],
    title: "Called in by name over a loudspeaker I couldn't hear",
    body: `I'm quite deaf and the outpatients clinic now calls people through a speaker system. I missed my name twice and was marked as not attended, even though I'd told reception about my hearing when I arrived. A kind nurse eventually came looking for me. A screen with names or numbers would help people like me.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Hard of hearing',
    tags: { good: ['kind-staff'], improve: ['communication', 'appointments'], feelings: ['frustrated'] },
    status: 'in_review',
    criticality: null,
    daysAgo: 1,
  },
  {
    codes: ['RNB01-W21'],
    title: "Dad fell on the ward, broke his hip and we weren't told for twelve hours",
    body: `My father is 84 and has dementia. He was admitted to Ward 21 with a urine infection and was assessed as being at high risk of falls. We were told he would have a bed alarm and be in a bay near the nurses' station.

When I visited the next afternoon he was in a side room at the end of the corridor, in obvious pain, and couldn't bear weight on his leg. A healthcare assistant told me he had "had a tumble" the previous night. Nobody had called us. No doctor had examined him. When I insisted, he was sent for an x-ray and found to have a broken hip.

He had surgery two days later and has not walked since. He has now been moved to a nursing home. We have never been given a proper explanation of how he fell, why he was moved to a side room away from the staff, or why nobody told us or got him checked for over twelve hours while he was in agony.

I want other families to know this happened.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Furious son',
    tags: {
      good: [],
      improve: ['communication', 'continuity-of-care', 'staff-attitude'],
      feelings: ['angry', 'upset', 'ignored'],
    },
    status: 'held',
    criticality: 5,
    daysAgo: 12,
    hasEmail: true,
  },
  {
    codes: ['RNB03-PICU'],
    title: 'My son was restrained and nobody told us why',
    body: `My son was moved to the Psychiatric Intensive Care Unit after becoming very unwell on another ward. When we visited two days later he had bruises on both wrists and on his face and told us he had been "held down by six people" and given an injection.

I understand that sometimes staff have to restrain someone to keep everyone safe. But nobody told us it had happened. When we asked, we were told it was "recorded" and we couldn't be given any details because of confidentiality, even though our son had signed to say we could be told about his care.

He is frightened of the staff now and says he doesn't trust anyone. We just want to understand what happened and be reassured it won't happen again.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Mother of a young man',
    tags: {
      good: [],
      improve: ['communication', 'staff-attitude', 'information'],
      feelings: ['upset', 'anxious', 'angry'],
    },
    status: 'held',
    criticality: 4,
    daysAgo: 20,
    hasEmail: true,
  },
  {
    codes: ['RNB01-ED'],
    title: 'My brother was sent home from A&E and died two days later',
    body: `My brother was 41. He went to the Emergency Department with a severe headache and vomiting, the worst headache of his life he said. He waited six hours, was seen by a junior doctor for about ten minutes, was told it was a migraine and sent home with painkillers. No scan.

Two days later he collapsed at home. He had a bleed on the brain and died in intensive care at another hospital.

We are devastated. I know the department was very busy that night. But he told them it was the worst headache he'd ever had, and from what we've since been told that should have meant a scan. We want answers and we want to make sure this never happens to another family.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Grieving sister',
    tags: {
      good: [],
      improve: ['communication', 'staff-attitude', 'waiting-times'],
      feelings: ['upset', 'angry'],
    },
    status: 'held',
    criticality: 5,
    daysAgo: 9,
    hasEmail: true,
  },
  {
    codes: ['RNB01-ED'],
    title: 'Formal complaint and demand for compensation',
    body: `I am writing to formally complain about my treatment in the Emergency Department and to request financial compensation for the loss of earnings I suffered as a result of the delay in my diagnosis. I expect a written response from the Chief Executive within twenty working days, failing which I will be instructing my solicitor. I also require copies of all my medical records and the names of all staff involved.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Wants compensation',
    tags: { good: [], improve: ['waiting-times', 'staff-attitude'], feelings: ['angry'] },
    status: 'rejected',
    criticality: 3,
    daysAgo: 40,
    hasEmail: true,
    rejectionReason:
      "This reads as a formal complaint asking for compensation, which we can't handle here; we have suggested the trust's complaints team (PALS), who can investigate and reply to you directly.",
  },
  {
    codes: ['RNB'],
    title: 'Why is the trust wasting money on management consultants?',
    body: `I read in the local paper that Northfield and Ashby have spent a fortune on consultants this year while the car park charges keep going up and the waiting lists get longer. I haven't been a patient but as a taxpayer I think it's a scandal and someone should be held to account.`,
    authorRole: 'other',
    ageGroup: '55-64',
    nickname: 'Concerned local resident',
    tags: { good: [], improve: ['parking'], feelings: ['angry'] },
    status: 'rejected',
    criticality: 2,
    daysAgo: 210,
    rejectionReason:
      "Thank you for writing. Heard is for stories about your own experience of care, or that of someone you care for; this is a comment about the trust's spending rather than an experience of care, so we have suggested writing to the trust's board or your local councillor.",
  },
  {
    codes: ['RNB01-MAT'],
    title: "My first baby's birth still haunts me",
    body: `My son was born eight years ago at Northfield. It was a long and difficult labour and I felt nobody listened to me when I said something was wrong. He was born by emergency forceps and I tore badly. I still think about it every day and I have never had a chance to talk it through with anyone. I'm expecting again and I'm terrified.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Thinking back',
    tags: { good: [], improve: ['communication', 'staff-attitude'], feelings: ['upset'] },
    status: 'rejected',
    criticality: 2,
    daysAgo: 75,
    rejectionReason:
      "Thank you for sharing this. We can only publish stories about care in the last three years so that services can learn from recent experience; as your son's birth was eight years ago, we have suggested the maternity unit's Birth Reflections service, which is happy to go through older experiences with you.",
  },
  {
    codes: ['RNB02-MIU'],
    title: 'Great service for my broken finger',
    body: `Broke my finger in goal on Sunday morning. The Minor Injuries Unit at Ashby had me x-rayed, splinted and sent on my way within the hour, with a follow-up at the fracture clinic booked before I left. Top team.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Weekend footballer',
    tags: { good: ['quick-treatment', 'kind-staff'], improve: [], feelings: ['grateful'] },
    status: 'withdrawn',
    criticality: 0,
    daysAgo: 260,
  },
  {
    codes: ['RNB03-S136'],
    title: 'Fourteen hours in the place of safety',
    body: `I was brought to the Section 136 suite by the police and then waited fourteen hours for an assessment and a bed to be found. The staff who stayed with me were kind and brought me food, but the room was bare and there was nothing to do and no clock, so I lost all sense of time. I didn't know what was going to happen to me.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Waited for a bed',
    tags: { good: ['kind-staff'], improve: ['waiting-times', 'information'], feelings: ['anxious'] },
    status: 'withdrawn',
    criticality: 2,
    daysAgo: 180,
  },
  {
    codes: ['RNB01-CAR'],
    title: "Dad's pacemaker fitted quickly, shame about the ward move",
    body: `Dad's pacemaker was fitted the day after he was admitted, and the cardiologist explained everything clearly. He was moved wards at midnight afterwards without much warning, which confused him, but overall we were very pleased with how quickly he was treated.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'Son of a heart patient',
    tags: {
      good: ['quick-treatment', 'explained-clearly'],
      improve: ['communication'],
      feelings: ['relieved'],
    },
    status: 'hidden',
    criticality: 1,
    daysAgo: 330,
    hiddenReason:
      "Hidden at the author's request because, read alongside other information, it could identify their father.",
  },
  {
    codes: ['CWL01-DCU'],
    title: 'Mum dances to Motown again',
    body: `Moving Mum into the Dementia Care Unit at Willow Lane House was the hardest decision our family has ever made. I cried all the way home on the first day.

Before she moved in, the unit lead spent an hour with us going through Mum's life: where she grew up, her job at the biscuit factory, how she likes her tea (strong, two sugars, in a proper cup), and her love of Motown. They made a "life story" board for her room with photos we brought in.

Within a month she was calmer than she had been in a year at home. The staff call her by the nickname she likes, they sit and fold laundry with her because she likes to feel useful, and when I visited last Friday a carer was dancing with her in the lounge to The Supremes. She was laughing.

I feel guilty still, but I know she is safe and happy, and that she's with people who see her and not just her dementia.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Daughter who worried for nothing',
    tags: {
      good: ['kind-staff', 'dignity-respected', 'listened-to', 'involved-in-decisions'],
      improve: [],
      feelings: ['relieved', 'grateful', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 240,
    hasEmail: true,
    responses: [
      {
        responder: 'Unit Lead, Dementia Care Unit, Willow Lane House',
        body: `Thank you so much for this lovely story. Your mum is a joy and her dancing has become a regular highlight of our Friday afternoons. Please don't feel guilty: you have done everything to make sure she is happy and well cared for, and the life story you gave us helps every member of the team get to know her.`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['CWL01-DCU'],
    title: 'Nobody told us Mum had lost nearly a stone',
    body: `My mother has advanced dementia and lives on the Dementia Care Unit. Over the summer I noticed her clothes looked loose, and when I asked to see her weight chart I found she had lost nearly a stone over three months. Nobody had mentioned it.

On a couple of visits I found her lunch left on the table out of reach, going cold, while she sat in her chair. She needs prompting and sometimes help to eat, and she can't ask for it.

When I raised this the staff were apologetic and referred her to the dietitian, and things have improved since. But I'm upset that it took me noticing.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Watching the scales',
    tags: { good: ['kind-staff'], improve: ['communication', 'food'], feelings: ['anxious', 'upset'] },
    status: 'published',
    criticality: 3,
    daysAgo: 150,
    hasEmail: true,
    responses: [
      {
        responder: 'Home Manager, Willow Lane House',
        body: `Thank you for raising this, and I'm sorry that your mum's weight loss wasn't picked up and shared with you sooner. Since you spoke to us we've made sure every resident on the unit is weighed monthly and that any loss triggers a call to the family and a dietitian referral. We've also moved to a mealtime system where one carer is assigned to each table to prompt and help, with no other tasks during lunch and tea. I'm glad your mum is doing better and I'd be happy to meet you to talk through her care plan.`,
        changeMarker: 'made',
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['CWL01-DCU'],
    title: 'The memory box and the afternoon of old photographs',
    body: `The activities coordinator asked me to bring in things from our life for my wife's memory box: our wedding photo, her nursing badge, a postcard from Blackpool. Last week I found her and the coordinator looking through them together. My wife told her all about the ward she worked on in the seventies. She doesn't always know who I am now, but she knew that.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'Husband and visitor',
    tags: { good: ['kind-staff', 'dignity-respected'], improve: [], feelings: ['cared-for'] },
    status: 'published',
    criticality: 0,
    daysAgo: 410,
  },
  {
    codes: ['CWL01-NUR'],
    title: 'They cared for Dad, and for us, right to the end',
    body: `Dad spent his last eight months on the Nursing Floor at Willow Lane House. I want to say thank you to the nurses and carers who looked after him.

They always phoned us when something changed, even small things. When he stopped eating, the nurse sat down with my sister and me and explained gently that he was dying and what that would look like. They worked with his GP so he had medicine in place for pain and breathlessness, and they never let him be uncomfortable.

In his last few days someone was with him whenever we weren't. They brought us sandwiches, let us stay overnight and played his favourite hymns quietly. After he died they washed and dressed him in his best shirt and tie before we came back in.

Three of the carers came to his funeral. That meant more to us than they will know.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Son, still grieving',
    tags: {
      good: ['kind-staff', 'dignity-respected', 'pain-well-managed', 'good-communication'],
      improve: [],
      feelings: ['cared-for', 'grateful', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 520,
    hasEmail: true,
    responses: [
      {
        responder: 'Clinical Lead, Nursing Floor, Willow Lane House',
        body: `We are so sorry for your loss, and thank you for sharing this. Your dad was a true gentleman and the team were very fond of him. It was a privilege to care for him and to support your family, and we were honoured to be at his funeral.`,
        daysAfter: 7,
      },
    ],
  },
  {
    codes: ['CWL01-NUR'],
    title: 'The nurse spotted it before it got serious',
    body: `My husband can't always tell people when he feels unwell. One morning the nurse noticed he was more sleepy than usual and his temperature was up. She called the GP straight away and rang me. It was a chest infection and it was treated at the home, so he didn't need to go into hospital. They know him so well.`,
    authorRole: 'relative',
    ageGroup: '75-84',
    nickname: 'Wife who visits daily',
    tags: {
      good: ['quick-treatment', 'good-communication', 'felt-safe'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 90,
  },
  {
    codes: ['CWL01-NUR'],
    title: 'Weekends feel like a different home',
    body: `During the week the regular staff on the Nursing Floor are excellent. At weekends there seem to be a lot of agency carers who don't know the residents. Twice I've found Mum with someone else's cardigan on and her glasses missing, and once her hearing aid wasn't put in all day. It's not that the agency staff are unkind, they just don't know her.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Weekend visitor',
    tags: {
      good: ['kind-staff'],
      improve: ['continuity-of-care', 'communication'],
      feelings: ['frustrated'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 300,
    responses: [
      {
        responder: 'Home Manager, Willow Lane House',
        body: `Thank you for raising this. You're right that weekends have relied too much on agency staff. We have recruited four permanent weekend carers, and any agency carer who does work with us now gets a one-page profile for each resident they support, including things like glasses and hearing aids. I'd welcome your thoughts on whether things feel better.`,
        changeMarker: 'made',
        daysAfter: 9,
      },
    ],
  },
  {
    codes: ['CWL01-NUR'],
    title: 'Mum was admitted to hospital with sepsis and severe dehydration',
    body: `My mother has lived on the Nursing Floor for two years. In the spring, over about a week, she became drowsy and stopped drinking. When I visited on the Sunday she was barely responsive, her lips were cracked and her bed was soiled and clearly hadn't been changed for some time. Her fluid chart had gaps of many hours.

I asked the nurse on duty to call a doctor. She told me Mum was "just having a sleepy day". I called 999 myself. At the hospital she was found to have sepsis from a urine infection and severe dehydration, and the doctors told us she was very lucky to survive.

When I raised this with the home I was initially told that Mum "often refused drinks", which is not true when someone takes the time to help her.

Mum has since moved to another home. I want people to know what happened and I want the home to be honest about it.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Heartbroken daughter',
    tags: {
      good: [],
      improve: ['communication', 'staff-attitude', 'cleanliness', 'continuity-of-care'],
      feelings: ['angry', 'upset', 'ignored'],
    },
    status: 'published',
    criticality: 5,
    daysAgo: 130,
    hasEmail: true,
    responses: [
      {
        responder: 'Operations Director, Willow Lane Care Homes',
        body: `I am deeply sorry for what happened to your mother and for the way your concerns were first responded to. This should not have happened, and I apologise without reservation.

We reported these events to the local authority safeguarding team and to our regulator, and an independent investigation has taken place. I would like to share its findings with you in person.`,
        daysAfter: 3,
      },
      {
        responder: 'Operations Director, Willow Lane Care Homes',
        body: `Following the investigation, we have made the following changes on the Nursing Floor at Willow Lane House: fluid intake is now recorded on handheld devices that alert the nurse in charge if a resident has had too little to drink by midday and by early evening; every resident has a hydration plan agreed with their family; all nurses have completed training on recognising sepsis and deterioration, using a scoring tool that prompts a call to a doctor; and we have a new clinical lead for the floor. We are grateful to this family for telling their story.`,
        changeMarker: 'made',
        daysAfter: 88,
      },
    ],
  },
  {
    codes: ['CWL01'],
    title: 'Locked out in the rain waiting for the door',
    body: `More than once I've stood at the front door of Willow Lane House for fifteen to twenty minutes pressing the intercom in the rain. Once inside it's fine, the staff are always welcoming. But it's a poor start to a visit.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Ringing the bell',
    tags: { good: ['kind-staff'], improve: ['waiting-times'], feelings: ['frustrated'] },
    status: 'published',
    criticality: 1,
    daysAgo: 440,
    responses: [
      {
        responder: 'Home Manager, Willow Lane House',
        body: `Sorry about the wait in the rain! Our receptionist only works weekdays, which is when the intercom was going unanswered. We've now installed a second intercom handset that the senior carer on each floor carries, and a covered porch is being built.`,
        changeMarker: 'made',
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['CWL01'],
    title: 'Why I love working here',
    body: `I've worked as a care assistant at Willow Lane House for three years. I wanted to share something from the other side: this is the first home I've worked in where the manager actually works a floor shift once a month, where we get paid to attend dementia training, and where residents' families are treated as part of the team rather than a nuisance. It means we can give better care. It's hard work but I'm proud of where I work.`,
    authorRole: 'staff',
    ageGroup: '25-34',
    nickname: 'Care assistant, proud of my job',
    tags: { good: ['kind-staff', 'dignity-respected'], improve: [], feelings: ['respected'] },
    status: 'published',
    criticality: 0,
    daysAgo: 60,
    responses: [
      {
        responder: 'Home Manager, Willow Lane House',
        body: `Thank you for writing this and for everything you do. The team are the heart of the home.`,
        daysAfter: 2,
      },
    ],
  },
  {
    codes: ['CWL02-RES'],
    title: "I chose to move here and I'm glad I did",
    body: `I am 89 and I decided myself to move to The Maples after my second fall at home. I was worried I would lose my independence. I haven't. I get up when I want, I have my own key, I still do my own tablets with a bit of checking, and the staff knock before they come in.

The food is very good, proper home cooking, and the cook comes round and asks us what we'd like on the menu. I help in the garden when the weather is fine. I've made friends. My only complaint is that I should have come sooner.`,
    authorRole: 'patient',
    ageGroup: '85+',
    nickname: 'Happy in my new home',
    tags: {
      good: ['good-food', 'kind-staff', 'dignity-respected', 'listened-to'],
      improve: [],
      feelings: ['respected', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 380,
    responses: [
      {
        responder: 'Home Manager, The Maples',
        body: `Thank you! It's a pleasure having you with us, and the tomatoes you grew last summer were the best we've had. We agree that independence matters and we'll keep making sure you have it.`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['CWL02-RES'],
    title: "Weekly updates mean I don't worry from a thousand miles away",
    body: `I live overseas and can only visit my mother twice a year. The Maples set up a weekly video call for us and the senior carer sends me a short email every Friday with news: what she's eaten, who visited, any health changes. When her tablets were changed the nurse rang me first to talk it through. I couldn't ask for more.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Son who lives abroad',
    tags: { good: ['good-communication', 'involved-in-decisions'], improve: [], feelings: ['reassured'] },
    status: 'published',
    criticality: 0,
    daysAgo: 250,
    hasEmail: true,
  },
  {
    codes: ['CWL02-RES'],
    title: "The cook made Nan's favourite Jamaican dishes",
    body: `My nan came to England from Jamaica in the sixties and has never really liked "English food". The cook at The Maples asked us for her recipes and now makes curry goat and rice and peas once a week, and ackee and saltfish for Sunday breakfast. Nan told me the food is "nearly as good as mine". From her, that is a huge compliment. Other residents have started asking for it too!`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Granddaughter with a full heart',
    tags: {
      good: ['good-food', 'kind-staff', 'listened-to'],
      improve: [],
      feelings: ['cared-for', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 175,
    responses: [
      {
        responder: 'Home Manager, The Maples',
        body: `We love this! Our cook was thrilled to be told she is "nearly as good" as your nan. It's become one of our most popular dishes. Thank you for sharing the recipes.`,
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['CWL02-RES'],
    title: 'Clothes keep disappearing in the laundry',
    body: `Everything at The Maples is lovely apart from the laundry. I've labelled every item of my sister's clothing and still things go missing, and she's often wearing someone else's blouse. Her favourite cardigan, a present from her late husband, has never turned up.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'Sister who does the labelling',
    tags: { good: ['kind-staff', 'clean-environment'], improve: ['information'], feelings: ['frustrated'] },
    status: 'published',
    criticality: 1,
    daysAgo: 290,
    responses: [
      {
        responder: 'Home Manager, The Maples',
        body: `I'm so sorry about your sister's cardigan, and I know how precious it is. We have checked all our laundry stores and sadly haven't found it. We've now introduced iron-on name labels at no cost to families, and a named laundry assistant who returns clothes to rooms herself rather than using a shared rail. Missing items have dropped a lot since.`,
        changeMarker: 'made',
        daysAfter: 10,
      },
    ],
  },
  {
    codes: ['CWL02-RES'],
    title: 'Dad waited forty minutes for help at night',
    body: `Dad has a call bell in his room at The Maples and he's good at using it. On two occasions he has told me he waited a very long time for help to the toilet at night, and the second time he had wet himself by the time someone came. He was very embarrassed. I checked the call log with the manager and it was over forty minutes.

During the day the staff are attentive. I'm worried about how many people are on at night.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Anxious daughter',
    tags: {
      good: ['kind-staff'],
      improve: ['waiting-times', 'noise-at-night'],
      feelings: ['anxious', 'upset'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 200,
    hasEmail: true,
    responses: [
      {
        responder: 'Home Manager, The Maples',
        body: `Thank you for raising this with us directly and here. Forty minutes is far too long, and I'm very sorry for the distress it caused your dad. We have reviewed our night staffing and are adding a third carer on the ground floor at night from next month. In the meantime I'm reviewing the call bell log every morning and following up any wait over ten minutes.`,
        changeMarker: 'planned',
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['CWL02-RSP'],
    title: 'A week of respite that let me recharge',
    body: `I care for my husband, who has Parkinson's, around the clock. For the first time in three years I booked him a week in the Respite Suite at The Maples so I could go to my sister's.

I was so anxious about leaving him. The staff rang me on the first evening to say he'd settled, and they had made a note of exactly when he needs his tablets (timing is vital with Parkinson's) and stuck to it. He came home saying the food was good and he'd won at dominoes.

I came back feeling like a person again. We've already booked the next one.`,
    authorRole: 'carer',
    ageGroup: '65-74',
    nickname: 'Wife getting a breather',
    tags: {
      good: ['kind-staff', 'good-communication', 'felt-safe'],
      improve: [],
      feelings: ['relieved', 'reassured', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 460,
    responses: [
      {
        responder: 'Respite Coordinator, The Maples',
        body: `Thank you so much. Carers like you need a break too, and we're so glad you both enjoyed it. We'll have the dominoes ready for his next stay!`,
        daysAfter: 7,
      },
    ],
  },
  {
    codes: ['CWL02-RSP'],
    title: 'Mum loved her respite stay and I had my first holiday in years',
    body: `Mum had two weeks in the Respite Suite while I went away. She was involved in choosing her room, took part in the quiz nights and came home with a new friend's phone number. Lovely team.`,
    authorRole: 'carer',
    ageGroup: '45-54',
    nickname: 'Daughter on holiday at last',
    tags: { good: ['kind-staff', 'involved-in-decisions'], improve: [], feelings: ['relieved', 'grateful'] },
    status: 'published',
    criticality: 0,
    daysAgo: 95,
  },
  {
    codes: ['CWL02'],
    title: 'Good care, poor communication about changes',
    body: `The care my father receives at The Maples is good. But we've had three changes of manager in eighteen months, and each time nobody told the families. We found out about a change in the visiting arrangements from a notice on the door. We would appreciate a newsletter or a families' meeting so we know what's going on.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Kept in the dark',
    tags: {
      good: ['kind-staff'],
      improve: ['communication', 'information'],
      feelings: ['confused', 'frustrated'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 520,
    responses: [
      {
        responder: 'Home Manager, The Maples',
        body: `Thank you for this fair feedback. I joined as manager recently and I'm committed to staying and to better communication. We now send a monthly newsletter by email and post, and we hold a families' meeting every quarter; the first one was well attended and I hope to see you at the next.`,
        changeMarker: 'made',
        daysAfter: 12,
      },
    ],
  },
  {
    codes: ['CWL03-DCU'],
    title: 'They let me help at mealtimes and bring the dog',
    body: `My husband has been on the Dementia Care Unit at Hawthorn Court for a year. I go in every day at lunchtime and the staff have always welcomed me to help him eat, which is something I can still do for him. They let me bring in our old spaniel too. His face lights up when he sees her, even on days he doesn't know me. They treat us as a couple, not just a resident and a visitor.`,
    authorRole: 'relative',
    ageGroup: '75-84',
    nickname: 'Wife, still by his side',
    tags: {
      good: ['involved-in-decisions', 'kind-staff', 'dignity-respected'],
      improve: [],
      feelings: ['respected', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 330,
  },
  {
    codes: ['CWL03-DCU'],
    title: "They reduced Dad's sedation and we got him back",
    body: `When Dad moved to Hawthorn Court from hospital he was on an antipsychotic medicine to "manage his agitation". He was sleeping most of the day and dribbling, and he'd stopped talking.

The unit manager asked us in the first week whether we were happy with the medication, which no one had done before. She explained that with the GP they wanted to try to reduce it slowly while the staff worked out what was upsetting him. It turned out he became distressed in the late afternoon when the light faded and when he needed the toilet and couldn't find it. They put lights on earlier and a picture sign on the toilet door, and someone takes him for a walk round the garden at four every day.

He's now off the medication completely. He's talking again, he's eating better and he sings along at the music sessions. I wish every home worked this way.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Son who noticed the change',
    tags: {
      good: ['listened-to', 'involved-in-decisions', 'dignity-respected', 'kind-staff'],
      improve: [],
      feelings: ['grateful', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 600,
    hasEmail: true,
    responses: [
      {
        responder: 'Registered Manager, Hawthorn Court',
        body: `Thank you for sharing this. Understanding what someone is trying to tell us with their behaviour is at the heart of good dementia care, and it was a real team effort with you and your dad's GP. We love hearing him sing!`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['CWL03-DCU'],
    title: 'Unexplained bruises and a defensive response',
    body: `On three visits over a month I found new bruises on my father's arms and once on his cheek. He has dementia and can't tell me what happened. Each time I asked, the staff on shift said they didn't know and that he "bruises easily". There was nothing written in his notes about any of them.

When I asked to speak to the manager I felt I was treated as a troublemaker. I was told I was "welcome to move him" if I was unhappy. That is not the answer a worried daughter should get.

I have since reported my concerns to the local authority. I'm writing this because I want other families to ask questions and not be put off.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Daughter asking questions',
    tags: {
      good: [],
      improve: ['communication', 'staff-attitude', 'information'],
      feelings: ['upset', 'angry', 'anxious'],
    },
    status: 'published',
    criticality: 4,
    daysAgo: 110,
    hasEmail: true,
    responses: [
      {
        responder: 'Registered Manager, Hawthorn Court',
        body: `I am very sorry, both for the distress the unexplained bruises have caused you and for the way your concerns were received. It was wrong to suggest you move your father rather than listen to you. You were right to raise this with the local authority and we are cooperating fully with their enquiry.`,
        daysAfter: 4,
      },
      {
        responder: 'Operations Director, Willow Lane Care Homes',
        body: `Following the safeguarding enquiry, we have introduced body maps so that any mark or bruise is recorded and reported to the family and the nurse in charge on the same day, and all our managers have had training in responding to concerns. We have also set up a families' forum at Hawthorn Court. We thank this family for speaking up.`,
        changeMarker: 'made',
        daysAfter: 60,
      },
    ],
  },
  {
    codes: ['CWL03-DAY'],
    title: 'The day centre is the highlight of my week',
    body: `Since my wife died I don't see many people. Now I go to the Day Centre at Hawthorn Court two days a week. The minibus picks me up, there's a good hot dinner, and we have a sing-song, a quiz or a bit of chair exercise. The staff have a laugh with us. I look forward to it all week.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Tuesday and Thursday regular',
    tags: { good: ['good-food', 'kind-staff', 'felt-safe'], improve: [], feelings: ['cared-for'] },
    status: 'published',
    criticality: 0,
    daysAgo: 270,
    responses: [
      {
        responder: 'Day Centre Coordinator, Hawthorn Court',
        body: `That's lovely to hear, and your quiz knowledge is legendary! We look forward to seeing you every Tuesday and Thursday.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['CWL03-DAY'],
    title: 'The day centre keeps us both going',
    body: `My husband goes to the Day Centre twice a week. For those two days I can go to the shops, see friends or just sleep. The staff send home a little note about what he's done, which helps because he can't always remember to tell me. Without it I don't think I could keep caring for him at home.`,
    authorRole: 'carer',
    ageGroup: '55-64',
    nickname: 'Carer with two days off',
    tags: {
      good: ['kind-staff', 'good-communication', 'felt-safe'],
      improve: [],
      feelings: ['relieved', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 440,
  },
  {
    codes: ['CWL03-DAY'],
    title: "The minibus didn't come and nobody rang",
    body: `Twice this month the Day Centre minibus didn't turn up to collect my mother and nobody rang to say so. She sat by the window in her coat for two hours, getting upset. When I called the centre they said the driver was off sick. A phone call would have helped. The centre itself is excellent.`,
    authorRole: 'carer',
    ageGroup: '65-74',
    nickname: 'Left waiting at the window',
    tags: { good: ['kind-staff'], improve: ['communication'], feelings: ['frustrated', 'anxious'] },
    status: 'published',
    criticality: 2,
    daysAgo: 80,
    responses: [
      {
        responder: 'Day Centre Coordinator, Hawthorn Court',
        body: `I'm really sorry your mum was left waiting. We now have a backup driver arrangement and, if a pickup is going to be late or cancelled, the coordinator rings every family before the usual pickup time. Thank you for letting us know.`,
        changeMarker: 'made',
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['CWL02-RES'],
    title: 'A carer shouted at my mother',
    body: `Last week I arrived at The Maples to find a carer, Linda Marsh, shouting at my mother in the corridor because she had walked out of the lounge. Mum was crying. When I asked what was going on the carer said Mum had been "a nightmare all morning". Other staff have always been kind and patient, but I don't want that person looking after her again.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Upset son',
    tags: { good: [], improve: ['staff-attitude', 'communication'], feelings: ['upset', 'angry'] },
    status: 'pending',
    criticality: null,
    daysAgo: 1,
    hasEmail: true,
  },
  {
    codes: ['CWL01-DCU'],
    title: 'Thank you to the Dementia Care Unit team',
    body: `My husband, Geoffrey Whitlam, has been in room 14 on the Dementia Care Unit at Willow Lane House since the spring. I visit every day and I want to thank the staff for their patience with him, especially in the evenings when he gets restless. They always find time to sit with him and they always tell me how his day has been.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'Wife of a resident',
    tags: {
      good: ['kind-staff', 'dignity-respected', 'good-communication'],
      improve: [],
      feelings: ['grateful'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 4,
  },
  {
    codes: ['CWL03-DAY'],
    title: 'New activities at the day centre',
    body: `Mum started at the Day Centre a month ago and has been enjoying the new gardening club and the music afternoons. Staff are friendly and always have a cup of tea ready when I collect her.`,
    authorRole: 'carer',
    ageGroup: '45-54',
    nickname: 'Busy daughter',
    tags: { good: ['kind-staff'], improve: [], feelings: ['reassured'] },
    status: 'pending',
    criticality: null,
    daysAgo: 7,
  },
  {
    codes: ['CWL03-DAY'],
    title: 'My neighbour has blossomed since starting the day centre',
    body: `I've lived next door to a lovely gentleman for thirty years. Since his wife died he hardly went out. Since he started at the Day Centre at Hawthorn Court twice a week he's a different man, chatting about the people he's met and the dominoes league. I just wanted to say thank you to whoever runs it.`,
    authorRole: 'other',
    ageGroup: '65-74',
    nickname: 'Neighbour and friend',
    tags: { good: ['kind-staff', 'felt-safe'], improve: [], feelings: ['reassured'] },
    status: 'in_review',
    criticality: null,
    daysAgo: 2,
  },
  {
    codes: ['CWL03-DCU'],
    title: 'Dad got out of the home and was found by the main road',
    body: `My father has advanced dementia and lives on the Dementia Care Unit at Hawthorn Court. On a weekday evening a member of the public found him walking in his slippers along the main road, about half a mile from the home, and called the police. The home had not noticed he was missing.

The police brought him back. We were only told the next morning, and at first we were told he had "gone for a little walk in the garden". It was the police who told us what really happened.

It was dark and it was cold. He could have been killed. I want to know how someone with dementia on a locked unit could walk out without anyone noticing, and why we weren't told the truth.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Frightened son',
    tags: { good: [], improve: ['communication', 'staff-attitude'], feelings: ['angry', 'anxious', 'upset'] },
    status: 'held',
    criticality: 5,
    daysAgo: 10,
    hasEmail: true,
  },
  {
    codes: ['CWL01'],
    title: 'Staff are being treated badly by management',
    body: `I work at Willow Lane House and I want people to know that staff are being bullied by management, our shifts are changed at the last minute and our holiday requests are refused for no reason. I have raised this through the proper channels and nothing has been done.`,
    authorRole: 'staff',
    ageGroup: '35-44',
    nickname: 'Unhappy employee',
    tags: { good: [], improve: ['staff-attitude'], feelings: ['angry', 'frustrated'] },
    status: 'rejected',
    criticality: 2,
    daysAgo: 120,
    rejectionReason:
      "Thank you for getting in touch. This is about your employment rather than an experience of care, so we can't publish it here; we have suggested raising it through the company's whistleblowing or grievance procedure, or with your union.",
  },
  {
    codes: ['CWL02-RES'],
    title: 'Friendly staff and a lovely garden',
    body: `My mother has been very happy at the care home. The staff are friendly and the garden is beautiful in the summer. She particularly enjoys the afternoon tea on Sundays with scones and jam.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Visiting daughter',
    tags: { good: ['kind-staff', 'clean-environment'], improve: [], feelings: ['reassured'] },
    status: 'hidden',
    criticality: 0,
    daysAgo: 480,
    hiddenReason:
      'Hidden after the author told us the story was about a different care home with a similar name.',
  },
  {
    codes: ['GBM01'],
    title: 'Seen the same morning with my poorly little boy',
    body: `My two-year-old woke up with a high temperature and a rash and I was in a panic. I rang the surgery at eight and explained, and the receptionist said a GP would call me back within the hour. The GP called in twenty minutes and asked me to bring him straight in.

She checked him over really thoroughly, did the glass test on his rash in front of me and explained what she was looking for and why she wasn't worried about meningitis. She told me exactly what signs would mean I should call 999 or come back, and wrote them down. He had a virus and was bouncing around again two days later.

I never feel like a neurotic parent at Beechwood. Thank you.`,
    authorRole: 'relative',
    ageGroup: '25-34',
    nickname: 'Mum of a feverish toddler',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'listened-to', 'kind-staff'],
      improve: [],
      feelings: ['reassured', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 45,
    hasEmail: true,
    responses: [
      {
        responder: 'GP Partner, Beechwood Medical Practice',
        body: `Thank you for your kind words. You are never a neurotic parent for bringing a poorly child to see us, and a high temperature with a rash is always worth checking. We're glad he's back to bouncing!`,
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['GBM01'],
    title: 'A GP who took my menopause symptoms seriously',
    body: `For over a year I'd been putting my anxiety, insomnia and brain fog down to work stress. I booked an appointment at Beechwood half expecting to be offered antidepressants. Instead the GP asked about my periods, my sleep and my hot flushes, and explained that this sounded like perimenopause. She went through the pros and cons of HRT properly, gave me time to ask questions and let me decide. Three months on I feel like myself again.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Finally sleeping again',
    tags: {
      good: ['listened-to', 'involved-in-decisions', 'explained-clearly'],
      improve: [],
      feelings: ['respected', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 300,
  },
  {
    codes: ['GBM01'],
    title: 'The GP gave me time when I needed it most',
    body: `I finally found the courage to tell a GP that I'd been having suicidal thoughts. I was expecting to be rushed out in ten minutes. Instead the GP told me to take as long as I needed, listened without judgement, and made a plan with me, including a referral for talking therapy. She rang me two days later just to see how I was. That phone call meant so much.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Slowly getting there',
    tags: {
      good: ['listened-to', 'kind-staff', 'good-aftercare'],
      improve: [],
      feelings: ['cared-for', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 160,
    responses: [
      {
        responder: 'GP Partner, Beechwood Medical Practice',
        body: `Thank you for trusting us, and for sharing this so that others might feel able to speak up too. We're glad you're getting support. Please keep in touch with us whenever you need to.`,
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['GBM01-NC'],
    title: 'My first smear test was nowhere near as bad as I feared',
    body: `I'd put off my smear test for three years because I was embarrassed and scared. The practice nurse was so calm and matter-of-fact. She explained every step, showed me the speculum and offered me a smaller size, and told me I could stop at any time. It was over in a couple of minutes. If you're putting yours off like I was, don't.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Dreaded it, survived it',
    tags: {
      good: ['kind-staff', 'explained-clearly', 'dignity-respected'],
      improve: [],
      feelings: ['reassured', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 210,
    responses: [
      {
        responder: 'Lead Practice Nurse, Beechwood Medical Practice',
        body: `Thank you for sharing this and encouraging others. Many people feel the way you did, and we're always happy to talk things through before the test or book a longer appointment.`,
        daysAfter: 7,
      },
    ],
  },
  {
    codes: ['GBM01-NC'],
    title: 'Baby jabs without the drama',
    body: `Took my daughter for her one-year jabs. The nurse was brilliant, chatting to her and blowing bubbles so she barely noticed the first one. She also answered my questions about side effects without making me feel silly. In and out in ten minutes.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Dad on jab duty',
    tags: { good: ['kind-staff', 'explained-clearly'], improve: [], feelings: ['reassured'] },
    status: 'published',
    criticality: 0,
    daysAgo: 135,
  },
  {
    codes: ['GBM01-NC'],
    title: 'My diabetes review actually helps now',
    body: `My annual diabetes review used to be a quick blood test and a telling-off about my weight. The new practice nurse sat down with me and asked what I wanted to work on. We agreed small goals, she referred me to a walking group and a course for people with type 2 diabetes, and she's booked me in for a check at three months. My blood sugar has come down for the first time in years.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Diabetic and doing well',
    tags: {
      good: ['involved-in-decisions', 'explained-clearly', 'good-aftercare'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 470,
  },
  {
    codes: ['GBM01-PHA'],
    title: 'The practice pharmacist sorted out my tablets',
    body: `I was taking twelve different tablets a day and felt dizzy and tired all the time. The practice pharmacist went through every single one with me. Some I'd been on for years and didn't need any more, and two didn't mix well. I'm now down to seven, I feel much brighter and I understand what each one is for. Why didn't anyone do this years ago?`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Rattling less',
    tags: {
      good: ['explained-clearly', 'involved-in-decisions', 'listened-to'],
      improve: [],
      feelings: ['relieved', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 380,
    responses: [
      {
        responder: 'Practice Pharmacist, Beechwood Medical Practice',
        body: `Thank you! Medication reviews are one of the most useful things we do and it's great to hear you feel so much better. Do book in again if anything changes.`,
        daysAfter: 8,
      },
    ],
  },
  {
    codes: ['GBM01-REC'],
    title: 'The receptionist found me a quicker route',
    body: `I rang for a GP appointment with a painful red eye. The receptionist asked a couple of questions and explained that the local optician could see me the same day under the eye service, rather than waiting for a GP. She booked it for me. Treated within three hours. I didn't know receptionists could do that.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Sent to the right place',
    tags: {
      good: ['quick-treatment', 'kind-staff', 'good-communication'],
      improve: [],
      feelings: ['relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 90,
    responses: [
      {
        responder: 'Reception Team Lead, Beechwood Medical Practice',
        body: `Thank you for your kind feedback! Our reception team are trained as care navigators, so they can help people get to the right service first time. We're glad your eye is better.`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['GBM01'],
    title: 'A GP home visit that made Mum feel human again',
    body: `My mum is 93 and housebound. When she became very confused I was worried she'd be sent to hospital, which she dreads.

The GP came out the same afternoon. She sat with Mum, held her hand, asked about the photographs on the mantelpiece and found a urine infection. She then talked with both of us about what Mum would want if she became very ill, and wrote it down so the ambulance and out-of-hours doctors would know. Mum was treated at home and recovered.

It was the first time in ages Mum had been asked what she wanted. Thank you.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Daughter of a housebound mum',
    tags: {
      good: ['kind-staff', 'listened-to', 'involved-in-decisions', 'dignity-respected'],
      improve: [],
      feelings: ['cared-for', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 560,
    hasEmail: true,
    responses: [
      {
        responder: 'GP Partner, Beechwood Medical Practice',
        body: `Thank you for sharing this. It was a real pleasure to meet your mum and hear about her family. Talking about what matters to people is one of the most important parts of our job. Please give her our best wishes.`,
        daysAfter: 10,
      },
    ],
  },
  {
    codes: ['GBM01-REC'],
    title: 'Online booking finally works',
    body: `Just a quick note to say the new online request system is a big improvement. I sent a request at 7am, had a text by 10am with an appointment for the next day. No more ringing at 8am with fifty people in the queue.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Converted to the app',
    tags: { good: ['quick-treatment', 'good-communication'], improve: [], feelings: ['relieved'] },
    status: 'published',
    criticality: 0,
    daysAgo: 30,
  },
  {
    codes: ['GBM01'],
    title: 'Referred the same day and the GP rang me with the results herself',
    body: `I found a lump in my breast and got an appointment the same day. The GP examined me, explained she was referring me urgently to the breast clinic and what would happen next, and the clinic appointment came through within a week. When the results came back (benign, thankfully) she rang me herself rather than waiting for me to call. I can't fault the practice.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Clear and quick',
    tags: {
      good: ['quick-treatment', 'good-communication', 'explained-clearly', 'kind-staff'],
      improve: [],
      feelings: ['reassured', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 250,
    responses: [
      {
        responder: 'GP Partner, Beechwood Medical Practice',
        body: `Thank you for your message and we're so relieved your results were good news. You did exactly the right thing by coming in quickly.`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['GBM01-REC'],
    title: 'The 8am phone scramble',
    body: `Every time I need an appointment I'm in a phone queue at 8am, usually at number twenty-something, and by the time I get through the same-day slots are gone. I work shifts, so I can't keep ringing back. The receptionists are polite when you finally reach them.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Number 23 in the queue',
    tags: { good: ['kind-staff'], improve: ['appointments', 'waiting-times'], feelings: ['frustrated'] },
    status: 'published',
    criticality: 1,
    daysAgo: 70,
    responses: [
      {
        responder: 'Practice Manager, Beechwood Medical Practice',
        body: `Thank you, and I'm sorry about the phone queue. We've heard this from many patients. We have now added a call-back option, so you keep your place in the queue without waiting on the line, and our online request system is open from 7am until 6pm so you don't have to phone at all. Requests are looked at by a clinician the same day.`,
        changeMarker: 'made',
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['GBM01-PHA'],
    title: 'Repeat prescriptions keep going missing',
    body: `Twice now my repeat prescription has not arrived at the chemist and I've had to chase it, once with only a day's worth of heart tablets left. The surgery says it's been sent, the chemist says it hasn't. Someone needs to sort out who's responsible.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Running low',
    tags: { good: [], improve: ['communication', 'information'], feelings: ['frustrated'] },
    status: 'published',
    criticality: 1,
    daysAgo: 185,
    responses: [
      {
        responder: 'Practice Pharmacist, Beechwood Medical Practice',
        body: `I'm sorry about the worry this has caused, particularly with your heart tablets. I've looked into it and your nominated pharmacy on our system was an old one, which is why the prescriptions went astray. That's now corrected. If you ever run short, please call us and we'll make sure you aren't without your medicines.`,
        daysAfter: 7,
      },
    ],
  },
  {
    codes: ['GBM01-REC'],
    title: 'Asked about my symptoms in front of a full waiting room',
    body: `I understand that receptionists need to ask what the problem is so they can direct people. But I was asked to explain a very personal problem at the front desk with a full waiting room behind me. I felt humiliated and ended up saying it was "nothing" and leaving.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Private person',
    tags: { good: [], improve: ['communication'], feelings: ['upset'] },
    status: 'published',
    criticality: 2,
    daysAgo: 340,
    responses: [
      {
        responder: 'Practice Manager, Beechwood Medical Practice',
        body: `I'm very sorry. No one should feel they have to discuss something personal where others can hear. We have now put up a sign explaining that patients can ask to speak privately, the team offers the side room to anyone who'd prefer it, and you can always just say "it's private" and ask for a GP call. I hope you'll come back to us so we can help.`,
        changeMarker: 'made',
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['GBM01'],
    title: 'Twice told it was eczema, then a hospital admission',
    body: `My son's skin had been getting worse for weeks, weeping and crusting. I took him to the surgery twice and saw two different doctors, and both times was told it was eczema and given more cream. The second time I said I thought it looked infected and that he wasn't himself, and I felt brushed off.

Three days later he had a high temperature and we ended up in hospital, where he was diagnosed with a skin infection on top of his eczema and needed antibiotics through a drip.

He's fine now, but I wish someone had listened to me the second time. Parents know their children.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Trusting my instincts next time',
    tags: {
      good: [],
      improve: ['communication', 'continuity-of-care'],
      feelings: ['frustrated', 'ignored', 'upset'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 100,
    hasEmail: true,
    responses: [
      {
        responder: 'GP Partner, Beechwood Medical Practice',
        body: `I'm very sorry your son became so unwell and that you felt you weren't listened to. You are right that parents know their children best. We have discussed your son's care at our clinical meeting as a significant event. We will be running a teaching session for all our clinicians on recognising infected eczema, and we're introducing a system so that a child seen twice for the same problem is flagged to be seen by the same GP where possible. I'd be very happy to meet you to talk it through.`,
        changeMarker: 'planned',
        daysAfter: 8,
      },
    ],
  },
  {
    codes: ['GBM01'],
    title: "GP didn't examine me and I ended up in A&E",
    body: `On Tuesday 3rd June I saw Dr Alan Freeman at Beechwood about severe stomach pain. He didn't examine me, barely looked up from his screen and told me it was indigestion. Two days later I was in A&E with gallstones and an inflamed gallbladder. I felt dismissed and I don't want anyone else to be treated like that.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Still in pain',
    tags: { good: [], improve: ['communication', 'staff-attitude'], feelings: ['angry', 'ignored'] },
    status: 'pending',
    criticality: null,
    daysAgo: 3,
    hasEmail: true,
  },
  {
    codes: ['GBM01-NC'],
    title: 'Smooth flu jab clinic',
    body: `The Saturday flu clinic was so well organised. A queue out the door but it moved quickly, the nurses were cheerful and I was in and out in five minutes. They even had chairs outside for those of us who can't stand for long.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Flu jab regular',
    tags: { good: ['quick-treatment', 'kind-staff'], improve: [], feelings: ['reassured'] },
    status: 'pending',
    criticality: null,
    daysAgo: 6,
  },
  {
    codes: ['GBM01'],
    title: 'Complaint about my treatment and request for a meeting with the partners',
    body: `I wish to make a formal complaint regarding the handling of my sick note request and the refusal of the practice to extend it. I request a meeting with the senior partners, a written apology and an explanation of the practice's policy on fit notes, together with copies of all correspondence in my records, within fourteen days.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Formal complainant',
    tags: { good: [], improve: ['appointments', 'communication'], feelings: ['angry'] },
    status: 'rejected',
    criticality: 3,
    daysAgo: 90,
    hasEmail: true,
    rejectionReason:
      "This reads as a formal complaint; we have suggested the practice's complaints team, who can investigate and reply to you directly.",
  },
  {
    codes: ['GBM01-REC'],
    title: 'Receptionist is a liar and a thief',
    body: `One of the receptionists at Beechwood is a liar and I'm sure she's been stealing from patients' bags in the waiting room. She's the one with the red hair who works Mondays. Everyone knows it. She also lied about my appointment time and made me miss it.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Fed up patient',
    tags: { good: [], improve: ['staff-attitude'], feelings: ['angry'] },
    status: 'rejected',
    criticality: 4,
    daysAgo: 150,
    rejectionReason:
      "We can't publish this because it makes serious allegations about an identifiable member of staff. If you believe a crime has been committed, please contact the police; for anything else, the practice's complaints team can look into it.",
  },
  {
    codes: ['GBM01-PHA'],
    title: 'Helpful chat with the pharmacist about my blood pressure tablets',
    body: `The practice pharmacist rang me to talk about my blood pressure tablets after my last check. She explained why she wanted to change the dose and made sure I was happy with it. Very helpful and I felt listened to.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Grateful for a good chat',
    tags: { good: ['explained-clearly', 'listened-to'], improve: [], feelings: ['reassured'] },
    status: 'withdrawn',
    criticality: 0,
    daysAgo: 400,
  },
  {
    codes: ['REA01'],
    title: 'The paramedics picked me up, checked me over and let me stay home',
    body: `I'm 91 and I fell in the kitchen reaching for a tin. I couldn't get up, and I lay on the floor for about an hour before I managed to press my pendant alarm.

The ambulance came within the hour. Two paramedics, a young man and an older lady. They were gentle and cheerful and never once made me feel a nuisance. They checked me over from head to toe, did a heart tracing and checked my blood sugar, then used an inflatable cushion to lift me up off the floor without any strain on their backs or mine.

They asked me whether I wanted to go to hospital. I didn't, and they agreed it was safe for me to stay as long as they arranged some follow-up. They made me a cup of tea, put my frozen peas back in the freezer, moved the tins down to a lower shelf and referred me to the falls service and my GP, who rang me the next day.

I've been looked after by the army, by the NHS and by my late wife, and those two were as good as any of them.`,
    authorRole: 'patient',
    ageGroup: '85+',
    nickname: 'Old soldier, back on his feet',
    tags: {
      good: ['kind-staff', 'dignity-respected', 'involved-in-decisions', 'good-aftercare'],
      improve: [],
      feelings: ['respected', 'reassured', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 150,
    responses: [
      {
        responder: 'Clinical Team Leader, 999 emergency response',
        body: `What a wonderful message, thank you. The crew were delighted to read it, especially the bit about the frozen peas. We're really pleased you were able to stay at home and that the falls service got in touch. Please take care reaching for those tins!`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['REA01', 'REA01-EOC'],
    title: 'The call handler talked me through CPR and the crew brought my husband back',
    body: `My husband collapsed in the living room while we were watching television. He wasn't breathing. I rang 999 and the call handler stayed calm when I was screaming. She told me to put the phone on speaker and counted out loud with me while I pushed on his chest. I had never done CPR before. She told me I was doing brilliantly when I was sure I wasn't.

The first paramedic arrived within about seven minutes, then more crew. They shocked his heart twice. I was sent into the kitchen with one of them, who explained everything that was happening, held my hand and got my coat and handbag ready for the hospital.

He had a stent fitted and came home a week later. The cardiologist told us he survived because of the CPR and the speed of the ambulance.

A few weeks later the call handler's manager arranged for us to meet the crew and the call handler. We all cried. Thank you doesn't cover it.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'Wife who did CPR',
    tags: {
      good: ['quick-treatment', 'good-communication', 'kind-staff', 'good-aftercare'],
      improve: [],
      feelings: ['grateful', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 280,
    hasEmail: true,
    responses: [
      {
        responder: 'Head of the Emergency Operations Centre, Eastmoor Ambulance Service',
        body: `Thank you so much for sharing your story, and we are thrilled that your husband is recovering. You did an incredible job that night. Call handlers rarely find out what happens to the people they help, so meeting you both meant the world to our colleague and to the crew.`,
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['REA01-EOC'],
    title: "The call handler kept me calm during my daughter's seizure",
    body: `My daughter had her first febrile seizure at eighteen months and I thought she was dying. The 999 call handler told me exactly what to do: lay her on her side, move things away, time it. She stayed on the line with me until the crew arrived and kept telling me what was normal. I don't know how they stay so calm. Thank you.`,
    authorRole: 'relative',
    ageGroup: '25-34',
    nickname: 'Shaken mum',
    tags: {
      good: ['good-communication', 'felt-safe', 'kind-staff'],
      improve: [],
      feelings: ['reassured', 'feeling-safe'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 70,
    responses: [
      {
        responder: 'Head of the Emergency Operations Centre, Eastmoor Ambulance Service',
        body: `Thank you for taking the time to write. Febrile seizures are so frightening to witness and you did everything right. We hope your little girl is well.`,
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['REA01'],
    title: 'No judgement when I thought I was having a heart attack',
    body: `I rang 999 because I had chest pain, tingling in my hands and couldn't breathe. It turned out to be a severe panic attack. I felt so embarrassed when the paramedics arrived, but they checked my heart properly first, explained the results, and then sat with me and helped me slow my breathing. They gave me information about local talking therapies and told me I'd done the right thing to call. I'd been dreading the "time-waster" look. It never came.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Breathing easier now',
    tags: {
      good: ['kind-staff', 'listened-to', 'explained-clearly'],
      improve: [],
      feelings: ['reassured', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 200,
    responses: [
      {
        responder: 'Clinical Team Leader, 999 emergency response',
        body: `Thank you for sharing this. Chest pain should always be checked, and you absolutely did the right thing. We hope the talking therapies service helps.`,
        daysAfter: 9,
      },
    ],
  },
  {
    codes: ['REA01'],
    title: 'The crew kept me calm while they cut me out of my car',
    body: `I was trapped in my car after a collision on the bypass. A paramedic climbed into the back seat and stayed with me the whole time the fire service cut the roof off, talking to me, giving me pain relief and telling me what every loud noise was going to be. I'm told it took forty minutes. It felt like ten because she kept me talking about my dog.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Dented car, unbroken spirit',
    tags: {
      good: ['felt-safe', 'kind-staff', 'pain-well-managed', 'explained-clearly'],
      improve: [],
      feelings: ['feeling-safe', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 420,
  },
  {
    codes: ['REA02', 'RNB01-REN'],
    title: 'The transport drivers make my dialysis days easier',
    body: `I go to the Renal Unit three times a week and I use patient transport. Most days it's the same two drivers. They know my door code, they carry my bag and they always wait until I'm inside when they drop me home. On cold mornings they've already got the heater running. It makes the long days a lot more bearable.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Dialysis regular',
    tags: { good: ['kind-staff', 'felt-safe'], improve: [], feelings: ['cared-for'] },
    status: 'published',
    criticality: 0,
    daysAgo: 330,
    responses: [
      {
        responder: 'Patient Transport Service Manager, Eastmoor Ambulance Service',
        body: `Thank you for your lovely comments, which I've passed on to both drivers. Keeping the same crews for regular patients is something we try hard to do, and it's good to hear it matters.`,
        daysAfter: 8,
      },
    ],
  },
  {
    codes: ['REA02'],
    title: 'Friendly, careful crew on my hospital trips',
    body: `I'm a wheelchair user and have had several journeys to hospital appointments with patient transport this year. The crews have always been careful with my chair, strapped me in properly and chatted the whole way. Always on time, too.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Wheelchair traveller',
    tags: { good: ['kind-staff', 'dignity-respected', 'felt-safe'], improve: [], feelings: ['respected'] },
    status: 'published',
    criticality: 0,
    daysAgo: 540,
  },
  {
    codes: ['REA01'],
    title: "Paramedics treated my wife's hypo at home",
    body: `My wife has type 1 diabetes and had a bad hypo in the night. I couldn't get her to take anything by mouth so I rang 999. The paramedics arrived quickly, gave her an injection and within twenty minutes she was sitting up chatting. They stayed until her sugar was stable, made sure she ate something and left information for her diabetes nurse. They also showed me how to use the emergency injection kit ourselves next time.`,
    authorRole: 'carer',
    ageGroup: '55-64',
    nickname: 'Husband of a type 1 diabetic',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'good-aftercare'],
      improve: [],
      feelings: ['relieved', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 110,
  },
  {
    codes: ['REA01'],
    title: "The paramedics respected Mum's wishes at the end of her life",
    body: `Mum was dying of cancer at home. One night her breathing changed and I panicked and rang 999. When the crew arrived they read her care plan and the form saying she didn't want resuscitation or to go to hospital.

They didn't take over. They checked she wasn't in pain, gave her some medicine to ease her breathing, rang the palliative care nurse and then stayed with us until she arrived. They spoke to Mum gently even though she wasn't awake. One of them made me a cup of tea and told me I had done the right thing to call.

Mum died peacefully at home a few hours later, which is what she wanted. Thank you for understanding that sometimes the best care is not rushing someone to hospital.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Daughter who was there at the end',
    tags: {
      good: ['dignity-respected', 'kind-staff', 'involved-in-decisions', 'listened-to'],
      improve: [],
      feelings: ['respected', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 350,
    hasEmail: true,
    responses: [
      {
        responder: 'Patient Experience Manager, Eastmoor Ambulance Service',
        body: `We are so sorry for the loss of your mum, and thank you for sharing this. Caring for people at the end of their lives, and respecting their wishes, is an important part of what our crews do. The crew were touched that you took the time to write.`,
        daysAfter: 11,
      },
    ],
  },
  {
    codes: ['REA01'],
    title: 'A crew who were brilliant with one of our residents',
    body: `I'm a nurse at a care home and called an ambulance for one of our residents with dementia who had fallen. The crew spoke to her so gently, got down to her level and explained everything, even though she couldn't really follow it. They also took time to talk to me about her usual level of confusion rather than assuming. Great teamwork.`,
    authorRole: 'staff',
    ageGroup: '35-44',
    nickname: 'Care home nurse',
    tags: {
      good: ['kind-staff', 'dignity-respected', 'good-communication'],
      improve: [],
      feelings: ['grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 15,
    responses: [
      {
        responder: 'Clinical Team Leader, 999 emergency response',
        body: `Thank you for recognising the crew, and for the information you gave them, which makes a big difference when we're caring for people with dementia.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['REA02', 'RNB02-OPD'],
    title: 'Transport came too late for my clinic',
    body: `Patient transport was booked to take me to my outpatient appointment at Ashby for 10am. It arrived at 10.20 and I missed my slot. The driver was apologetic and the clinic fitted me in at the end, but I waited three hours. The drivers are lovely, it's the timing that's the problem.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Missed my appointment',
    tags: { good: ['kind-staff'], improve: ['waiting-times', 'appointments'], feelings: ['frustrated'] },
    status: 'published',
    criticality: 1,
    daysAgo: 230,
    responses: [
      {
        responder: 'Patient Transport Service Manager, Eastmoor Ambulance Service',
        body: `I'm sorry you missed your slot and had such a long day. Our planning system now allows extra time for rural pickups, and we've agreed with the Ashby outpatient team to let clinics know if a patient's transport is running late so they can hold their slot.`,
        daysAfter: 9,
      },
    ],
  },
  {
    codes: ['REA01-EOC'],
    title: "So many questions while Dad couldn't breathe",
    body: `When I rang 999 for my dad, who was struggling to breathe, the call handler asked me question after question. I kept saying "just send someone" and getting more and more upset. The ambulance did come quickly, and one of the paramedics explained afterwards that the ambulance had been sent early on and the questions were to help prioritise and give me instructions. If I'd been told that at the time I wouldn't have been so frantic.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Son on the phone',
    tags: {
      good: ['good-communication'],
      improve: ['communication', 'waiting-times'],
      feelings: ['frustrated', 'anxious'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 190,
    responses: [
      {
        responder: 'Head of the Emergency Operations Centre, Eastmoor Ambulance Service',
        body: `Thank you for this really helpful feedback, and I'm sorry for the distress on the call. You're right that many callers don't realise help is often already on its way while we ask questions. We have changed our call script so that our call handlers now tell callers as soon as an ambulance has been arranged, and explain that the remaining questions won't delay it.`,
        changeMarker: 'made',
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['REA01'],
    title: 'Mum waited five hours on the floor for an ambulance',
    body: `My mum, who is 87, fell in her kitchen and couldn't get up. I called 999 at teatime. We were told an ambulance would come but that there was a long wait. We were called back twice to check how she was and told not to move her.

The ambulance arrived just after eleven at night. Mum lay on the floor with a cushion under her head and a blanket over her for five hours. She was in pain, cold and frightened, and needed the toilet. When the crew arrived they were lovely and apologised over and over, and said they had been stuck outside the hospital for hours waiting to hand over patients. She had broken her hip.

I don't blame the crew. But an 87-year-old with a broken hip should not be lying on a kitchen floor for five hours.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Daughter on the kitchen floor',
    tags: { good: ['kind-staff'], improve: ['waiting-times'], feelings: ['upset', 'anxious', 'frustrated'] },
    status: 'published',
    criticality: 3,
    daysAgo: 58,
    hasEmail: true,
    responses: [
      {
        responder: 'Patient Experience Manager, Eastmoor Ambulance Service',
        body: `I'm so sorry that your mum had to wait so long in pain, and for the distress this caused you both. You are right that this shouldn't happen. Long delays handing patients over at hospital mean crews aren't free to respond, and we are working with the local hospitals to reduce these. We've also introduced a specialist falls response team who can reach older people who have fallen more quickly. I hope your mum is recovering.`,
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['REA02', 'RNB01-REN'],
    title: 'Dad left outside his front door in the cold after dialysis',
    body: `My dad is 82, has dialysis three times a week and relies on patient transport. Over the last few months he has regularly waited two or three hours at the Renal Unit for transport home, after four hours on the machine. He's exhausted by the time he gets home.

The worst was last month. He was dropped off outside his front door at about 9pm and the crew drove away before he'd got the door open. His hands were shaking and he couldn't manage the key. He was standing outside in the cold for nearly half an hour until a neighbour saw him and rang me.

I've been told this is a "one-off". It shouldn't happen even once. He now dreads his dialysis days.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Son who found him outside',
    tags: {
      good: [],
      improve: ['waiting-times', 'communication', 'staff-attitude'],
      feelings: ['angry', 'upset'],
    },
    status: 'published',
    criticality: 4,
    daysAgo: 165,
    hasEmail: true,
    responses: [
      {
        responder: 'Patient Transport Service Manager, Eastmoor Ambulance Service',
        body: `I am very sorry. Your dad should never have been left before he was safely inside, and the long waits after dialysis are not acceptable. I have spoken to the crew involved and we have reminded all our crews that no patient is left until they are safely indoors, or with someone, and this is now checked on the crew's handheld record before the journey can be closed.`,
        daysAfter: 4,
      },
      {
        responder: 'Patient Transport Service Manager, Eastmoor Ambulance Service',
        body: `An update: we now have a dedicated vehicle that waits at the Renal Unit in the evenings for patients finishing dialysis, and waits of over an hour are reviewed every week with the renal team. We'd be glad to hear from this family whether things feel better.`,
        changeMarker: 'made',
        daysAfter: 70,
      },
    ],
  },
  {
    codes: ['REA01'],
    title: 'Paramedic James Okafor was fantastic',
    body: `I had a funny turn at home on 3rd January and my wife called 999 from our house at NF7 2DX. Paramedic James Okafor and his colleague arrived quickly, checked my heart and took me in. James kept us both calm and even rang my wife later to check she'd got home from the hospital safely. Please pass on my thanks.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Thankful grandad',
    tags: {
      good: ['kind-staff', 'explained-clearly', 'felt-safe'],
      improve: [],
      feelings: ['grateful', 'reassured'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 2,
    hasEmail: true,
  },
  {
    codes: ['REA02'],
    title: 'Transport was on time every week',
    body: `I've had weekly eye injections for three months and the patient transport has been on time every single week. The drivers are friendly and help me in and out because I can't see well after the injections.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Regular at the eye clinic',
    tags: { good: ['kind-staff', 'felt-safe'], improve: [], feelings: ['reassured'] },
    status: 'pending',
    criticality: null,
    daysAgo: 9,
  },
  {
    codes: ['REA01-EOC'],
    title: "Helped a stranger in the street with the 999 call handler's help",
    body: `I found a man collapsed at a bus stop and rang 999. I'm not medical at all but the call handler talked me through checking his breathing and putting him in the recovery position, and stayed on the line until the ambulance came. I don't know what happened to him, but I felt I'd done the right thing thanks to her.`,
    authorRole: 'other',
    ageGroup: '25-34',
    nickname: 'Passer-by',
    tags: { good: ['good-communication', 'explained-clearly'], improve: [], feelings: ['reassured'] },
    status: 'in_review',
    criticality: null,
    daysAgo: 1,
  },
  {
    codes: ['REA01'],
    title: 'Grandad waited hours for an ambulance and died before it came',
    body: `My grandad was 79. He had chest pain and was sweating and grey. We called 999 and were told an ambulance was on its way. We called back three times over the next two and a half hours as he got worse. Each time we were told there were no ambulances free and to keep him comfortable.

He collapsed in his chair. We started CPR with the call handler. When the ambulance arrived they worked on him for a long time but he died.

We understand the service is under pressure. But we need to know why nobody came for two and a half hours for a man with chest pain, and whether he might have lived.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Grieving granddaughter',
    tags: { good: [], improve: ['waiting-times', 'communication'], feelings: ['upset', 'angry'] },
    status: 'held',
    criticality: 5,
    daysAgo: 6,
    hasEmail: true,
  },
  {
    codes: ['REA01'],
    title: 'Ambulance sirens at night keep my family awake',
    body: `I live on the main road near the ambulance station and the sirens go past at all hours. Surely they don't need to use them at 3am when the roads are empty. My children are being woken up several times a week.`,
    authorRole: 'other',
    ageGroup: '45-54',
    nickname: 'Light sleeper on the main road',
    tags: { good: [], improve: ['noise-at-night'], feelings: ['frustrated'] },
    status: 'rejected',
    criticality: 1,
    daysAgo: 60,
    rejectionReason:
      "Thank you for writing. Heard is for stories about your own experience of care or that of someone close to you, and this is about sirens near your home rather than care you received, so we can't publish it. The ambulance service's patient experience team would be happy to hear from you.",
  },
  {
    codes: ['REA01'],
    title: 'Quick response when my dad collapsed at the football',
    body: `My dad collapsed at the football last season and the ambulance crew were with us in minutes. They were calm and professional and had him stable and on the way to hospital before half-time. Thank you.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Grateful son',
    tags: { good: ['quick-treatment', 'kind-staff'], improve: [], feelings: ['grateful', 'relieved'] },
    status: 'hidden',
    criticality: 0,
    daysAgo: 500,
    hiddenReason:
      'Hidden at the request of the patient described in it, who had not agreed to it being shared.',
  },
]
