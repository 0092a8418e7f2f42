import type { DemoStory } from './types.ts'

// Demo stories about Riverside University Hospitals NHS Foundation Trust (RXA…).
// Entirely fictional: no real people, places or organisations.
export const storiesA: DemoStory[] = [
  {
    codes: ['RXA01-ED'],
    title: 'Dad fell at home and the team in A&E were brilliant with him',
    body: `My dad is 88 and lives on his own. He fell in the kitchen on a Sunday afternoon and couldn't get up, and by the time the ambulance brought him in he was cold, frightened and very muddled.

I got to the Emergency Department about an hour after him, expecting to find him on a trolley in a corridor. Instead he was in a cubicle with a blanket over him and a cup of tea he wasn't allowed to drink yet. The nurse looking after him had already found out from him that he takes warfarin and had rung his GP surgery's out-of-hours line to check his list of medicines.

The doctor explained everything to both of us, slowly, and didn't talk over Dad even though he was confused. They did a scan of his head because of the warfarin, which thankfully was clear, and an X-ray of his hip which was also clear. The whole thing took about five hours, which I know is good for a Sunday.

What stuck with me was the healthcare assistant who took him to the toilet. She didn't rush him, she chatted to him about the football, and she made sure his gown was done up properly at the back before they walked past the waiting room. Little things, but they meant he came home with his dignity intact.

Thank you all. I know how busy you are.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Relieved son',
    tags: {
      good: ['kind-staff', 'dignity-respected', 'explained-clearly'],
      improve: [],
      feelings: ['grateful', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 41,
    hasEmail: true,
    responses: [
      {
        responder: 'Matron, Emergency Department',
        body: `Thank you so much for taking the time to write about your dad's visit. I'm really glad the scans were clear and that he's home again.

I've shared your story with the whole team at our morning huddle, and especially with the healthcare assistant, who was very touched. Keeping people's dignity when the department is busy is something we talk about a lot, so it's lovely to hear it made a difference.

Please pass on our best wishes to your dad.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['RXA01-ED'],
    title: 'Nine hours on a trolley in the corridor',
    body: `I was brought in by ambulance with severe abdominal pain. After handover I was put on a trolley in the corridor opposite the ambulance doors, and that is where I stayed for nine hours.

Every time the doors opened a freezing draught came in. There was no call bell and nowhere private to be examined, so the doctor asked me questions about my bowels in front of a queue of paramedics. When I needed the toilet I had to wait for someone to notice me waving.

I was given paracetamol when I arrived and then nothing else for over five hours, even though I told two different people the pain was getting worse. In the end a student paramedic went and found a nurse for me, which I'm grateful for, but it shouldn't have come to that.

I don't blame the nurses, who were clearly run off their feet. But I want the people who run the hospital to know what it is actually like on that corridor, because I don't think they can know, or it wouldn't be allowed to happen.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Corridor patient',
    tags: {
      good: [],
      improve: ['waiting-times', 'pain-management', 'communication'],
      feelings: ['frustrated', 'ignored', 'upset'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 96,
    responses: [
      {
        responder: 'Matron, Emergency Department',
        body: `I'm very sorry. What you describe is not the care we want to give anyone, and you're right that it should not have taken a student paramedic to get your pain looked at.

When the department is full we do have to care for people in the corridor, and I know that is undignified. Since your visit we have started a "corridor nurse" on every shift, whose only job is the patients waiting there: regular pain scores, toilet trips and a hand-held buzzer for anyone who can't call out. We have also moved the first trolley space away from the ambulance doors.

I would really value talking to you about your experience if you are willing. You can reach me through the Patient Advice and Liaison Service (PALS) and ask for the ED matron.`,
        changeMarker: 'made',
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['RXA01-ED'],
    title: 'Sliced my hand open on a Friday night',
    body: `Went in with a nasty cut from a broken glass. Triaged within 20 minutes, cleaned, glued and stitched by a nurse practitioner who was calm and funny and explained how to look after it. Home in under three hours on a Friday night, which I did not expect. Thank you.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Clumsy washer-upper',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'kind-staff'],
      improve: [],
      feelings: ['relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 212,
  },
  {
    codes: ['RXA01-CDU'],
    title: 'A night on the observation unit after a head injury',
    body: `I came off my bike and hit my head. I didn't lose consciousness but I was sick twice, so they kept me overnight on the Clinical Decision Unit for observation.

The nurses did my checks every hour through the night and every single time they apologised for waking me, which made me laugh by about 4am. The unit was calm and clean, and they turned the main lights down so people could sleep.

In the morning a doctor came round, went through my CT result with me and gave me a printed sheet about head injuries and what to look out for. My partner was allowed to come and collect me straight away. I felt very looked after.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Cyclist with a sore head',
    tags: {
      good: ['felt-safe', 'explained-clearly', 'good-aftercare', 'clean-environment'],
      improve: [],
      feelings: ['cared-for', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 158,
    responses: [
      {
        responder: 'Sister, Clinical Decision Unit',
        body: `Thank you for your lovely story, and I hope you're fully back on the bike now! I'll pass your comments on to the night team — they'll be glad the apologies were appreciated rather than annoying.

Take care of yourself.`,
        daysAfter: 2,
      },
    ],
  },
  {
    codes: ['RXA01-AMU'],
    title: 'Seen quickly on the Acute Medical Unit',
    body: `My GP sent me in with a suspected blood clot in my leg. I went straight to the Acute Medical Unit rather than A&E, was seen by a nurse within half an hour and had a scan the same afternoon. It was a clot, and the doctor sat down with me and explained the blood thinners and how long I'd be on them.

I was home by teatime with my tablets and a follow-up appointment. Very efficient and everyone was friendly.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Sore calf',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'good-aftercare'],
      improve: [],
      feelings: ['reassured', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 302,
    responses: [
      {
        responder: 'Nurse in Charge, Acute Medical Unit',
        body: `Thank you for taking the time to tell us about your visit. Our ambulatory pathway is designed for exactly this, so it's great to hear it worked as it should. I'll share your feedback with the team. Wishing you well with your treatment.`,
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['RXA01-W7'],
    title: 'The night nurse who sat with Mum',
    body: `My mum was admitted to Ward 7 with sepsis from a kidney infection. She has early dementia, and being in hospital frightened her terribly. The first night she kept trying to get out of bed to "go home and feed the cat" (the cat died years ago).

I had to leave at the end of visiting and I cried all the way to the car park. I rang at midnight expecting to be told she was being difficult. Instead the night nurse told me she had brought Mum a cup of tea and had sat with her for a while, holding her hand and talking about her garden, and Mum had settled and gone to sleep.

Over the next six days the staff on Ward 7 were consistently lovely with her. They put a "forget-me-not" sign by her bed so everybody knew about her dementia, they let me come in outside visiting hours to help at mealtimes, and they asked me to fill in the "This is me" form so they'd know she likes her tea weak with two sugars and hates having the curtains shut.

The doctors were good at keeping me informed too. The registrar rang me after the ward round on the second day to explain that her blood tests were improving and the antibiotics were working, which meant I could actually sleep that night.

It wasn't all perfect. Her hearing aids went missing for a day and a half, and the discharge took most of a day because we were waiting for her tablets from pharmacy. But those are small things next to what mattered.

To the nurse on nights who sat with my mum: you probably don't even remember it. I will never forget it.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Grateful daughter',
    tags: {
      good: ['kind-staff', 'good-communication', 'involved-in-decisions', 'dignity-respected'],
      improve: ['discharge'],
      feelings: ['grateful', 'cared-for'],
    },
    status: 'published',
    criticality: 1,
    daysAgo: 64,
    hasEmail: true,
    responses: [
      {
        responder: 'Ward Manager, Ward 7',
        body: `Thank you for this beautiful story. I read it out at our handover and there weren't many dry eyes. The nurse in question does remember your mum — and the cat!

I'm sorry about the hearing aids. We now keep a small labelled pot by each bed for hearing aids, glasses and dentures, which is checked at every handover, so things are less likely to go astray.

The wait for medicines on discharge is something we're working on with pharmacy. Please do pass on our very best wishes to your mum.`,
        changeMarker: 'made',
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RXA01-W7'],
    title: 'Impossible to sleep on the ward',
    body: `I spent four nights on Ward 7 and barely slept. The bay lights were left on until after midnight, two staff had a loud conversation at the nurses' station most of one night, and the bin lids slammed every time someone threw something away.

I understand that some patients need care through the night, and the lady opposite me was very poorly, so I'm not complaining about that. It was the avoidable noise. I asked for earplugs and was told they didn't have any.

The nursing care itself was fine and the doctors were good, but being so tired made everything harder, and I went home exhausted.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Tired out',
    tags: {
      good: [],
      improve: ['noise-at-night'],
      feelings: ['frustrated'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 233,
    responses: [
      {
        responder: 'Ward Manager, Ward 7',
        body: `Thank you for telling us about this, and I'm sorry your nights with us were so disturbed. Rest is a vital part of getting better, and you're right that much of the noise you describe was avoidable.

We have now started "quiet time" on the ward from 11pm, when the bay lights go down and we keep conversations at the station to a minimum. We've replaced the bins with soft-close ones, and we now stock eye masks and earplugs, which any patient can ask for.

If you would like to talk about your stay, please contact me through PALS.`,
        changeMarker: 'made',
        daysAfter: 9,
      },
    ],
  },
  {
    codes: ['RXA01-W7'],
    title: 'She washed my hair',
    body: `After a week in bed with pneumonia my hair was greasy and flat and I felt awful about myself. On the Saturday one of the healthcare assistants asked if I'd like it washed. She got one of those special caps, warmed it up, and then blow-dried it for me while we had a chat.

It sounds silly, but it was the first time I felt like myself again. Thank you Ward 7.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Feeling human again',
    tags: {
      good: ['kind-staff', 'dignity-respected'],
      improve: [],
      feelings: ['cared-for', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 377,
    responses: [
      {
        responder: 'Ward Manager, Ward 7',
        body: `It doesn't sound silly at all — it's exactly the sort of care we hope to give. Thank you for sharing it. I've passed your lovely words to the healthcare assistant and her team.`,
        daysAfter: 1,
      },
    ],
  },
  {
    codes: ['RXA01-ED', 'RXA01-RAD'],
    title: 'Broken wrist sorted quickly',
    body: `I slipped on ice outside my house and landed on my wrist. At A&E I was triaged and given pain relief straight away, then sent round to X-ray, where I waited about 20 minutes. The radiographer was really gentle getting my arm into position, which I was dreading.

It was broken, and the doctor manipulated it under a local anaesthetic and put a cast on. She explained what she was doing at every step. I had a fracture clinic appointment through the post two days later. Great service from start to finish.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Icy pavement',
    tags: {
      good: ['quick-treatment', 'pain-well-managed', 'explained-clearly', 'good-aftercare'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 455,
    responses: [
      {
        responder: 'Radiology Services Manager',
        body: `Thank you for your kind words — I'll make sure they reach the radiographer and the ED team. We know how painful it is to position a broken wrist, so it's good to hear it was done gently. I hope the cast is off and you're back on your feet.`,
        daysAfter: 7,
      },
    ],
  },
  {
    codes: ['RXA01-ED'],
    title: 'A long wait, but kind people when we got through',
    body: `We waited just over six hours to be seen with my husband's chest pain. Nobody told us how long it was likely to be or why, and the screen in the waiting room was showing the wrong time.

Once he was seen, though, the care was excellent. The doctor was thorough and didn't make us feel like we'd wasted anyone's time when it turned out not to be his heart. I just wish someone had come out to the waiting room now and then to let people know what was happening.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'Worried wife',
    tags: {
      good: ['kind-staff', 'listened-to'],
      improve: ['waiting-times', 'information'],
      feelings: ['anxious', 'relieved'],
    },
    status: 'published',
    criticality: 1,
    daysAgo: 121,
    responses: [
      {
        responder: 'Patient Experience Lead, Emergency Department',
        body: `Thank you for your feedback, and I'm glad your husband's pain turned out not to be his heart.

You're right that a long wait is much harder when you don't know what's going on. The waiting-room screen now shows live waiting times, and our streaming nurse does a "waiting room round" every hour to update people and check nobody has got worse while waiting.`,
        changeMarker: 'made',
        daysAfter: 11,
      },
    ],
  },
  {
    codes: ['RXA01-ED'],
    title: 'From the other side of the cubicle curtain',
    body: `I work in the hospital (not in ED) and last month I was a patient there myself with a kidney stone. I've always known the department works hard, but seeing it from a trolley was different.

The triage nurse took one look at me and got me morphine within about 15 minutes. The doctor was a locum who'd never met me and still took the time to ask whether I was OK to be treated by colleagues and whether I wanted anyone told. The nurse looking after me was juggling four patients, one of them very unwell, and still checked on my pain every half an hour.

I went back to work the following week with a new respect for my colleagues downstairs. Thank you.`,
    authorRole: 'staff',
    ageGroup: '35-44',
    nickname: 'Colleague upstairs',
    tags: {
      good: ['pain-well-managed', 'quick-treatment', 'dignity-respected'],
      improve: [],
      feelings: ['grateful', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 189,
  },
  {
    codes: ['RXA01-AMU'],
    title: 'Seven hours waiting to go home',
    body: `I was told at 10am on the ward round that I could go home. I finally left at 5.15pm. In between I was moved to a chair to free up my bed, and then sat there with my coat on waiting for my medicines to come up from pharmacy and for a discharge letter to be written.

I asked several times what was happening and each time was told "it won't be long now". My daughter had taken the day off to collect me and ended up paying nearly twenty pounds for parking.

The care I had in the unit was good and I don't want to take away from that. But please don't tell people they're going home in the morning if it's actually going to be the evening.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Coat on, going nowhere',
    tags: {
      good: [],
      improve: ['discharge', 'communication', 'parking'],
      feelings: ['frustrated'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 288,
    responses: [
      {
        responder: 'Lead Nurse, Acute Medicine',
        body: `Thank you for your story, and I'm sorry your discharge took so long. It's really frustrating to be ready to go and stuck in a chair, and I'm sorry for the cost to your daughter too.

We are now writing discharge medicines up the day before wherever we can, so that pharmacy can prepare them overnight, and the ward round now gives people an honest expected time rather than just "today". Relatives collecting patients can get a free discharge parking pass from the ward clerk.

If you'd like to discuss this further, please contact PALS and ask for me.`,
        changeMarker: 'planned',
        daysAfter: 8,
      },
    ],
  },
  {
    codes: ['RXA01-W7'],
    title: 'They took time to understand my brother',
    body: `My brother has a learning disability and doesn't use many words. When he was admitted to Ward 7 with a chest infection I was dreading it, because previous hospital stays have gone badly.

This time the nurses read his hospital passport properly. They let me stay with him overnight on a reclining chair, they made sure he had the side room nearest the bathroom, and the learning disability liaison nurse came to see us on the first morning.

When he needed blood tests they waited until he was calm, showed him the equipment first and let him hold my hand. The doctors spoke to him directly, not just to me, even though he couldn't answer much.

He came home after four days and he wasn't frightened. That has never happened before. Thank you.`,
    authorRole: 'carer',
    ageGroup: '45-54',
    nickname: 'Big sister and carer',
    tags: {
      good: ['listened-to', 'involved-in-decisions', 'dignity-respected', 'kind-staff'],
      improve: [],
      feelings: ['reassured', 'respected', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 140,
    hasEmail: true,
    responses: [
      {
        responder: 'Learning Disability Liaison Nurse',
        body: `Thank you so much for writing this. Reasonable adjustments only work when families like yours share what matters, and your brother's hospital passport was one of the best I have seen.

I've shared your story with the ward and with our learning disability steering group, as it shows what good looks like. Please do get in touch with me directly if your brother needs to come back in for any reason — I'm always happy to help plan it.`,
        daysAfter: 3,
      },
      {
        responder: 'Ward Manager, Ward 7',
        body: `Just to add my thanks too. The team were delighted to read this. Please give your brother our best wishes.`,
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['RXA01-ED'],
    title: 'In crisis and left alone for fourteen hours',
    body: `I went to A&E because I was having thoughts of ending my life and I didn't feel safe at home. I want to be honest about what happened because I think it matters.

I was put in a small room with no window and the door propped open, and I stayed there for fourteen hours waiting for the mental health team. During that time I was offered one sandwich. A security guard sat outside the door, which made me feel like I'd done something wrong.

At one point a doctor came in, didn't introduce himself, and said something like "you know we're really busy tonight with people who are physically unwell". I don't think he meant it cruelly but it made me feel like a time-waster and I nearly walked out.

When the mental health liaison nurse finally arrived she was wonderful. She listened, she didn't rush me, and she set up the home treatment team for the next day. I am doing better now because of her.

But I nearly didn't make it to her, and someone else might not. People in crisis need somewhere calmer to wait and for every member of staff to understand that we are unwell too.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Still here',
    tags: {
      good: ['listened-to'],
      improve: ['waiting-times', 'staff-attitude', 'communication'],
      feelings: ['ignored', 'upset', 'anxious'],
    },
    status: 'published',
    criticality: 4,
    daysAgo: 73,
    responses: [
      {
        responder: 'Clinical Director, Emergency Medicine',
        body: `Thank you for having the courage to share this, and I am so glad you are doing better. I am truly sorry for the way you were made to feel. No one who comes to us in a mental health crisis should be made to feel they are wasting our time, and the comment you describe falls well short of the standard we expect.

We have shared your story (anonymously) at our doctors' teaching session, and mental health awareness training is now part of induction for every doctor joining the department.

With our mental health partners we are also turning a former relatives' room into a quieter space for people waiting for a mental health assessment, with natural light, a comfortable chair and regular food and drink. I will update this response when it opens.

If you would like to talk to me directly, I would very much welcome that: please contact PALS and ask for the ED clinical director.`,
        changeMarker: 'planned',
        daysAfter: 10,
      },
    ],
  },
  {
    codes: ['RXA01-CDU'],
    title: 'Calm, clean and well organised',
    body: `Kept in overnight on the CDU after an allergic reaction. Nurses were calm, the unit was spotless and I was given breakfast before I left, which was very welcome. Clear instructions on discharge about my new adrenaline pens. Thank you.`,
    authorRole: 'patient',
    ageGroup: '16-24',
    nickname: 'Peanut allergy',
    tags: {
      good: ['clean-environment', 'good-aftercare', 'explained-clearly'],
      improve: [],
      feelings: ['feeling-safe'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 509,
  },
  {
    codes: ['RXA01-W7'],
    title: 'Better food than I expected!',
    body: `I've read plenty of grumbles about hospital food so I want to say the opposite. During my week on Ward 7 the meals were hot, tasty and there was a decent choice, including a soft option when my mouth was sore. The housekeeper knew everybody's name and what they liked. The cottage pie was better than mine!

The nurses were lovely too, but the food deserves a special mention.`,
    authorRole: 'patient',
    ageGroup: '85+',
    nickname: 'Happy diner',
    tags: {
      good: ['good-food', 'kind-staff'],
      improve: [],
      feelings: ['cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 611,
    responses: [
      {
        responder: 'Catering Manager, Facilities',
        body: `What a lovely thing to read! I've printed your story and pinned it up in the kitchen — the cooks are very proud of their cottage pie. Thank you for taking the time to tell us.`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RXA01-ED'],
    title: 'For once, my sickle cell pain was taken seriously',
    body: `I have sickle cell disease and I've had some bad experiences in emergency departments over the years — waiting hours for pain relief, being looked at like I'm drug seeking.

This time I arrived in crisis and the triage nurse asked if I had an individual care plan. I did, and she pulled it up on the system straight away. I had my first dose of pain relief within 30 minutes, exactly as my plan says, and a doctor came to review me within the hour.

I was admitted overnight and the haematology team came to see me in the morning. Nobody questioned my pain. I just want to say thank you, and please keep doing it this way for everyone with sickle cell.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Sickle cell warrior',
    tags: {
      good: ['pain-well-managed', 'quick-treatment', 'listened-to'],
      improve: [],
      feelings: ['respected', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 98,
    hasEmail: true,
    responses: [
      {
        responder: 'Consultant, Emergency Medicine',
        body: `Thank you for sharing this. We've worked hard with our haematology colleagues and patients over the last year to make sure individual care plans are followed and that pain relief is given within 30 minutes, so hearing that it made a difference to you really matters to us.

I'm sorry you've had poor experiences before. If anything about your care plan ever isn't followed, please tell the nurse in charge or contact me through PALS.`,
        daysAfter: 2,
      },
    ],
  },
  {
    codes: ['RXA01-W7'],
    title: 'Nobody told us Dad had fallen or been moved',
    body: `Dad was admitted to Ward 7 with a urine infection. On the third day I rang to see how he was and was told he wasn't on the ward any more. It took three more phone calls to find out he had been moved to another ward overnight.

When I visited that evening he had a bruise on his forehead. He told me he'd fallen trying to get to the toilet. Nobody had rung me, even though I'm his next of kin and my number was on his notes. When I asked the nurse, she had to look it up and said it had been "a minor fall".

Maybe it was minor. But he's 91, he's on blood thinners, and he was frightened. We should have been told, both about the fall and about the move.

The care on the ward itself seemed fine when I was there. It's the communication with families that needs to improve.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Next of kin',
    tags: {
      good: [],
      improve: ['communication', 'information', 'continuity-of-care'],
      feelings: ['angry', 'upset'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 175,
    responses: [
      {
        responder: 'Head of Nursing, Medicine',
        body: `I'm very sorry that you weren't told about your dad's fall or his move to another ward. You are absolutely right that you should have been, and I apologise for the worry it caused.

Our policy is that the next of kin is contacted after any fall and whenever a patient moves ward, and this didn't happen. We have reminded all staff of this, and patient moves now can't be completed on the electronic system until staff confirm that the family has been told.

I'd be grateful for the chance to look into your dad's care in more detail. Please contact PALS and mention this story, and they will put you in touch with me.`,
        changeMarker: 'made',
        daysAfter: 7,
      },
    ],
  },
  {
    codes: ['RXA01-AMU'],
    title: 'An interpreter made all the difference',
    body: `My mother-in-law speaks very little English and I was worried she wouldn't understand what was happening when she was admitted with breathlessness. The nurse asked straight away whether she needed an interpreter, and booked a telephone interpreter for the doctor's assessment, so she didn't have to rely on me for everything.

The next day a face-to-face interpreter came for the ward round. My mother-in-law was able to ask her own questions for the first time. She told me afterwards that she felt like a person, not a parcel. We are very grateful.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Daughter-in-law',
    tags: {
      good: ['involved-in-decisions', 'explained-clearly', 'dignity-respected'],
      improve: [],
      feelings: ['respected', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 256,
  },
  {
    codes: ['RXA01-ED'],
    title: 'Anaphylaxis treated in minutes',
    body: `I had a severe allergic reaction to something in a takeaway. My throat was closing and my partner drove me straight to A&E. The receptionist took one look at me and shouted for help, and within a couple of minutes I was in resus with a team around me giving me adrenaline.

They were calm and kept telling me what they were doing, which stopped me panicking. They kept me in for observation and referred me to the allergy clinic. I honestly think they saved my life.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Never eating satay again',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'felt-safe'],
      improve: [],
      feelings: ['grateful', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 347,
    responses: [
      {
        responder: 'Nurse in Charge, Emergency Department',
        body: `Thank you for letting us know how you are — we often don't find out what happens to people after they leave resus. I'll make sure the receptionist hears about this too; our reception team are an important part of spotting people who need help quickly. Take care, and good luck at the allergy clinic.`,
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['RXA01'],
    title: 'Excellent care, shame about the car park',
    body: `The care my wife received during her two weeks at Riverside General was excellent and I have no complaints about the staff at all.

But the car park is a nightmare. I visited every day and most days I spent 20 minutes driving round looking for a space, and the pay machines often don't take cards. Over the fortnight I paid over eighty pounds. For people visiting someone long-term, there must be a better way.`,
    authorRole: 'relative',
    ageGroup: '75-84',
    nickname: 'Daily visitor',
    tags: {
      good: ['kind-staff'],
      improve: ['parking'],
      feelings: ['frustrated'],
    },
    status: 'published',
    criticality: 1,
    daysAgo: 390,
    responses: [
      {
        responder: 'Head of Estates and Facilities',
        body: `Thank you for your feedback and I'm glad your wife was well cared for. I'm sorry parking made visiting harder.

Visitors to patients staying more than a week can now get a weekly concession ticket for a flat five pounds from the main reception. All our pay machines have also been replaced and take contactless payment. We are working with the council on a park-and-ride service too, and will share news on our website.`,
        changeMarker: 'made',
        daysAfter: 14,
      },
    ],
  },
  {
    codes: ['RXA01-W7'],
    title: 'As a deaf patient I felt included',
    body: `I am profoundly deaf and use British Sign Language. In the past, hospitals have tried to get by with me lip-reading through masks, which doesn't work.

On Ward 7, a BSL interpreter was booked for the ward round every morning. When there wasn't an interpreter, the nurses wrote things down on a whiteboard and used a video interpreting app on the ward tablet. One healthcare assistant even knew some basic signs and used them to ask if I wanted tea.

It's a small thing for hearing people but for me it meant I knew what was happening to my own body. Thank you.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'BSL user',
    tags: {
      good: ['good-communication', 'involved-in-decisions', 'dignity-respected'],
      improve: [],
      feelings: ['respected', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 422,
    responses: [
      {
        responder: 'Ward Manager, Ward 7',
        body: `Thank you for sharing your experience. The healthcare assistant you mention has been doing an evening BSL course, and she was thrilled that it helped. Your story has inspired two more of the team to sign up!

We're glad you felt included in your care. That is how it should always be.`,
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['RXA01-CCU'],
    title: 'Heart attack at 52 — the coronary care team got me through it',
    body: `I never thought it would happen to me. I don't smoke, I walk the dog every day. But one Tuesday evening I got a crushing pain in my chest and my wife called 999.

The paramedics had already sent my heart tracing ahead, so when I arrived I bypassed A&E completely and went straight to the cath lab. The cardiologist explained, very quickly but clearly, that one of my arteries was blocked and they were going to put a stent in through my wrist. Within about an hour of arriving it was done, and the pain had gone.

I spent three nights on the Coronary Care Unit afterwards. The nurses there were superb. I was scared to move in case something happened, and they were patient with all my questions, including the ones I asked three times. My wife was allowed to stay late on the first night, which meant a lot to both of us.

Before I went home the cardiac rehab nurse came to see me with a folder of information and went through my new tablets one by one. She also talked to my wife on her own, which I didn't know about until later, about how she was coping.

I've just finished the rehab classes and I'm back at work part-time. Thank you to everyone at Riverside who played a part.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Dog walker with a stent',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'good-aftercare', 'kind-staff'],
      improve: [],
      feelings: ['grateful', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 130,
    hasEmail: true,
    responses: [
      {
        responder: 'Sister, Coronary Care Unit',
        body: `Thank you for sharing your story — it's wonderful to hear you've completed rehab and are back at work. Heart attacks in people who feel fit and well are a huge shock, for the whole family, and we're glad your wife felt supported too.

I've passed your message on to the cath lab and cardiac rehab teams as well as our own nurses. All the best for the future, and give the dog a pat from us.`,
        daysAfter: 2,
      },
    ],
  },
  {
    codes: ['RXA01-CAR'],
    title: 'Heart clinic: efficient and reassuring',
    body: `Referred by my GP for palpitations. I had an ECG and an echo on the same morning as my clinic appointment, so I didn't need to come back three times. The consultant went through the results with me on the screen and explained that the extra beats were harmless. I left feeling much less anxious.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Fluttery heart',
    tags: {
      good: ['explained-clearly', 'quick-treatment'],
      improve: [],
      feelings: ['reassured', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 267,
  },
  {
    codes: ['RXA01-CAR'],
    title: 'My heart appointment was cancelled three times',
    body: `I was referred to cardiology after a worrying episode of breathlessness. My first appointment was cancelled by text two days before. The second was cancelled on the morning itself. The third time I got a letter with a new date that was four months away.

Each time I rang the appointments line I waited over 40 minutes and was then told there was nothing they could do. I've been left not knowing whether something is seriously wrong with my heart, and it's been making me very anxious.

When I was finally seen, the doctor was very kind and thorough. It's the system around it that let me down.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Still waiting',
    tags: {
      good: ['kind-staff'],
      improve: ['appointments', 'waiting-times', 'communication'],
      feelings: ['anxious', 'frustrated'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 198,
    responses: [
      {
        responder: 'Cardiology Service Manager',
        body: `I'm sorry that your appointment was cancelled so many times, and for the anxiety that caused. This isn't the service we want to give.

We lost two consultants at short notice last year, which led to a lot of cancelled clinics. We now have a full team again and we have stopped cancelling clinics at short notice except in emergencies. Anyone whose appointment has been cancelled once is now flagged so it can't be moved again.

If you'd like to talk to me about this, please contact PALS.`,
        changeMarker: 'made',
        daysAfter: 10,
      },
    ],
  },
  {
    codes: ['RXA01-STR'],
    title: 'The stroke team gave me my husband back',
    body: `My husband collapsed at the breakfast table one morning in early spring. One minute he was complaining about the crossword, the next his face had dropped on one side, his words were coming out as nonsense and he couldn't lift his right arm off the table. I remembered the FAST adverts from the television and rang 999 straight away. The call handler kept me calm, told me to note the time, and the ambulance came in about fifteen minutes. The paramedics rang ahead to the hospital from our living room, and as we left one of them told me, "They'll be waiting for him." I didn't really believe her.

They were. When we arrived at Riverside General the stroke team met us at the door of the Emergency Department: a consultant, a stroke nurse and a doctor I think was a registrar. He was taken straight for a brain scan and I was asked a lot of quick questions about his tablets and exactly when I'd last seen him well. Within about twenty minutes of arriving the consultant took me into a small room. She explained that the scan showed no bleeding, that it looked like a clot, and that they could give him a clot-busting drug, but that it carried a small risk of causing a bleed in the brain, which could be serious. She drew me a little diagram on the back of a form. She didn't rush me, but she was clear that every minute mattered and that the decision was one we could make together. I said yes, and then I went to the toilet and was sick.

The next few hours were the longest of my life. He was on the Stroke Unit with a nurse checking him every fifteen minutes: squeeze my hand, follow my finger, what's your name. The nurse explained what each check was for, and when I asked the same question for the third time she answered it as if it were the first. By teatime he could move his fingers again. By the evening he said my name, badly, but it was my name. I went home that night and sat in the car outside the house for half an hour because I couldn't face the empty kitchen.

He spent two and a half weeks on the Stroke Unit. The therapy was remarkable. The physiotherapists had him standing at the side of the bed on the third day, with two of them holding him, and walking the length of the ward with a frame by the end of the second week. The speech and language therapist assessed his swallowing before he was allowed anything but sips, worked with him every day on his words, and gave me exercises to do with him at visiting time, which made me feel useful rather than just sitting there. The occupational therapist took him into the ward kitchen to see whether he could make a cup of tea safely, and then came out to our house to look at the stairs, the bath and the step at the back door, and arranged for a rail and a shower seat to be fitted before he came home.

The nurses and healthcare assistants were kind to both of us. They shaved him every morning because I told them he'd hate to be seen with stubble. They called him by the nickname he's gone by all his life rather than the first name on his notes. The ward had a little room for relatives with a kettle and a box of tissues where you could make a cup of tea and have a cry in private, and more than once a nurse came and found me there and just sat with me for a few minutes. I was also given a booklet about stroke and a card for a local support group, which I have since been to.

There were frustrations, and I think it's fair to say so. The weekends felt very different from the weekdays. There was much less therapy, and on one Saturday nobody seemed to know when he had last been helped to the toilet or turned, and I found him in a wet pad at visiting time. When I mentioned it the nurse apologised and sorted it straight away, but it shouldn't have needed me. Information also didn't always pass between the day and night staff: twice I was asked questions I had already answered that morning. And the ward is noisy at night, which he found distressing in the first week when he was confused.

Going home was well planned. We had a meeting with the team a few days before, where they went through his tablets, his exercises and what the community stroke team would do, and they gave us the date in advance so our son could take time off. The discharge letter went to the GP the same day. The community stroke team visited within two days of him getting home and have been coming twice a week since.

He's home now, walking with a stick, and talking a lot more than the physio would like (only joking). He still gets tired and muddles his words when he is, and he's had to give up driving for now, which he grumbles about daily. We know we were lucky: lucky that I was there when it happened, and lucky that we were looked after by people who knew exactly what they were doing and did it quickly. Thank you to everyone on the Stroke Unit, and to the paramedics who got us there.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'FAST-acting wife',
    tags: {
      good: ['quick-treatment', 'involved-in-decisions', 'good-aftercare', 'explained-clearly', 'kind-staff'],
      improve: ['continuity-of-care', 'noise-at-night'],
      feelings: ['grateful', 'relieved', 'cared-for'],
    },
    status: 'published',
    criticality: 1,
    daysAgo: 87,
    hasEmail: true,
    responses: [
      {
        responder: 'Consultant Stroke Physician',
        body: `Thank you so much for sharing your husband's story — and for acting so fast. Recognising the signs and calling 999 straight away is a big reason he did so well.

You're right that therapy is thinner at weekends. We have recently recruited a weekend therapy assistant so that patients keep up their exercises on Saturdays and Sundays, and we've introduced a simple care round chart at each bed so everyone can see when someone was last helped.

We'd love to hear how he gets on. Please give him our best wishes.`,
        changeMarker: 'made',
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['RXA01-STR'],
    title: 'Food left out of reach on the stroke ward',
    body: `My father had a stroke which left him with weakness on his left side. He can feed himself slowly if the tray is set up for him, but on several occasions when I arrived at lunchtime I found his meal on the table at the end of the bed, untouched and cold.

Once the tray was taken away again before he had eaten anything. Nobody noticed. His jug of thickened water was also often out of reach, and I was worried he wasn't drinking enough.

When I raised it with the nurse she said they were short of staff. I believe that, and I saw how hard people were working. But eating and drinking are basic needs, and for a stroke patient in particular they should be watched closely.

After I complained to the nurse in charge things did get better, and he was given a red tray so staff would know he needed help. I just wish it had happened from the start.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Lunchtime visitor',
    tags: {
      good: [],
      improve: ['food', 'staff-attitude', 'continuity-of-care'],
      feelings: ['upset', 'anxious'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 246,
    responses: [
      {
        responder: 'Ward Manager, Stroke Unit',
        body: `Thank you for raising this, and I'm so sorry your father was not helped with his meals and drinks. You are right that this is basic care and it should have been in place from the day he arrived.

Since your story we have introduced protected mealtimes on the Stroke Unit, when all non-urgent activity stops and every member of staff, including therapists and the ward manager, helps at meals. The red tray system is now put in place on admission for anyone who needs it, following the speech and language therapist's assessment.

I would be happy to meet you to talk about your father's care. Please contact me via PALS.`,
        changeMarker: 'made',
        daysAfter: 8,
      },
    ],
  },
  {
    codes: ['RXA01-STR'],
    title: 'Learning to talk again',
    body: `After my stroke I couldn't find my words. I knew what I wanted to say but it came out wrong. It was terrifying.

The speech therapist saw me every day. She was patient and never finished my sentences for me. She gave me picture cards so I could tell the nurses what I needed. Now I can talk nearly normally. I wrote this story myself, slowly, but I did it.

Thank you.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Words coming back',
    tags: {
      good: ['kind-staff', 'good-aftercare', 'listened-to'],
      improve: [],
      feelings: ['grateful', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 318,
    responses: [
      {
        responder: 'Speech and Language Therapist, Stroke Unit',
        body: `Reading this made my whole week. You worked incredibly hard, and it's wonderful to see you writing your own story. Thank you for sharing it, and keep practising!`,
        daysAfter: 1,
      },
    ],
  },
  {
    codes: ['RXA01-RAD'],
    title: 'Claustrophobic but they got me through my MRI',
    body: `I'm very claustrophobic and had already cancelled one MRI because I panicked. This time I told the radiographer when I arrived. She showed me the scanner first, explained how long each part would take, and let me listen to my own music. She put a mirror on the head coil so I could see out, and talked to me through the headphones between each section. I got through it! Thank you for your patience.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Nervous of small spaces',
    tags: {
      good: ['kind-staff', 'explained-clearly', 'listened-to'],
      improve: [],
      feelings: ['reassured', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 59,
    responses: [
      {
        responder: 'Superintendent Radiographer, MRI',
        body: `Well done for going through with it — we know how hard that is. Thanks for letting us know the mirror and music helped. We're always happy to arrange a look round the scanner beforehand for anyone who's nervous; just ring the number on your appointment letter.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['RXA01-RAD'],
    title: 'Good scan, slow results',
    body: `The CT scan itself was quick and the staff were friendly. But it then took six weeks for the results to reach my consultant, and I had to chase it twice. Six weeks is a long time to wait when you're worried about what they might have found. It was good news in the end.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Waiting by the phone',
    tags: {
      good: ['kind-staff'],
      improve: ['waiting-times', 'communication'],
      feelings: ['anxious', 'relieved'],
    },
    status: 'published',
    criticality: 1,
    daysAgo: 341,
  },
  {
    codes: ['RXA01-OPD'],
    title: 'Rheumatology clinic — felt listened to at last',
    body: `I've had joint pain for years and been passed from pillar to post. The rheumatology consultant in Outpatients was the first doctor who really listened. She asked about my whole life, not just my knees, and explained the diagnosis and treatment options, then asked me what I wanted to do. I've started treatment and already feel a difference.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Creaky joints',
    tags: {
      good: ['listened-to', 'involved-in-decisions', 'explained-clearly'],
      improve: [],
      feelings: ['respected', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 144,
  },
  {
    codes: ['RXA01-OPD'],
    title: 'Two hours late and nobody said a word',
    body: `My appointment was at 2pm. I was called in at 4.05pm. In that time no one came out to say the clinic was running late or why. The waiting area was boiling hot, there was no water, and the only vending machine was broken.

When I was seen, the appointment took about eight minutes. The doctor was pleasant enough but clearly rushing. I had taken a half day off work and it ended up being the whole afternoon.

Just a sign at the desk or an announcement would have made a huge difference.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Clock watcher',
    tags: {
      good: [],
      improve: ['waiting-times', 'information', 'appointments'],
      feelings: ['frustrated', 'ignored'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 430,
    responses: [
      {
        responder: 'Outpatients Matron',
        body: `I'm sorry for the long wait and that nobody kept you informed. Clinics do sometimes run late, often because a patient before you needed more time, but that is no excuse for not telling people.

Each clinic desk now has a board showing how late each clinic is running, which the receptionist updates every half an hour. A water dispenser has been put in the main waiting area, and we've had the air conditioning looked at.`,
        changeMarker: 'made',
        daysAfter: 12,
      },
    ],
  },
  {
    codes: ['RXA01-W12'],
    title: 'They made Nan’s 90th birthday special',
    body: `Nan ended up in hospital over her 90th birthday, which we were all gutted about as we'd planned a party. The staff on Ward 12 found out and made her a card that everyone signed, and the housekeeper found a cupcake with a candle. They let a few of us come in together in the day room for an hour.

Nan talked about it for weeks afterwards. What a kind thing to do on a busy ward.`,
    authorRole: 'relative',
    ageGroup: '25-34',
    nickname: 'Proud granddaughter',
    tags: {
      good: ['kind-staff', 'dignity-respected'],
      improve: [],
      feelings: ['grateful', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 520,
    responses: [
      {
        responder: 'Ward Sister, Ward 12',
        body: `Thank you! It was a pleasure to celebrate with your nan — it's not every day someone turns 90. We hope she's keeping well.`,
        daysAfter: 2,
      },
    ],
  },
  {
    codes: ['RXA01-W12'],
    title: 'My mother was neglected on Ward 12',
    body: `I have put off writing this for months because it is painful, but I think people need to know what happened, and I have been told that stories like this are read by the people who run the hospital.

My mother is 86 and has dementia. Before she went into hospital she lived with me, walked round the garden every day with her frame, fed herself and could tell you exactly what she thought of the government. She was admitted to Ward 12 with a chest infection and stayed for eleven days. She came out bed-bound, with a pressure sore on her heel and a weight loss of nearly five kilos.

On several visits I found her lying in wet and soiled sheets. On one afternoon visit the smell hit me at the door of the bay. When I asked for help to change her I was told that the healthcare assistants were on their break and someone would be along shortly. It was forty minutes. On another day her lunch and her water jug were on the table at the other side of the room, out of her reach, and the tray was taken away untouched. Nobody seemed to notice that she hadn't eaten. Her lips were cracked and dry. When I asked when she had last had a drink nobody could tell me, and when I looked at her fluid chart it was blank from breakfast until the evening.

My mother cannot ask for things. She cannot press a call bell, because she doesn't understand what it is for. I explained all of this on the day she was admitted, and I filled in the "This is me" form, which said she needs to be offered drinks every hour and helped with every meal. When I went to look for it on the fourth day it was in a drawer at the nurses' station, not by her bed.

On the sixth day I noticed a dressing on her heel. Nobody had told me she had a pressure sore. When I asked, the nurse looked at the notes and said it had been found "a couple of days ago". I asked whether she had a special mattress and was told one had been ordered. It arrived the next afternoon. By the time she was discharged the sore was grade 3, and she needed district nurses visiting every other day for three months to dress it. It has only just healed.

I raised my concerns with the nurses several times, politely and then less politely, and each time I was told they would "keep an eye on it". I don't think anyone was being unkind on purpose. One healthcare assistant in particular was gentle with Mum and clearly upset about the situation. She told me, quietly, that there were only two of them for a bay of six very dependent patients on some nights, and that they were doing what they could. I believe her. I saw nurses running from one end of the ward to the other, missing their own breaks, and I saw a staff nurse in tears by the sluice.

But my mother could not speak up for herself, and that is exactly why she needed people to look after her properly. Being short-staffed explains some of it. It doesn't explain why the ward sister I asked to speak to was never available, why nobody told me about the pressure sore, or why the charts that are supposed to protect people like my mother were left blank.

I don't want to blame individual staff who were clearly stretched beyond what is safe. I want the trust to know what happened, to look properly at how Ward 12 was staffed and run, and to make sure it doesn't happen to someone else's mother. Mum is slowly getting some strength back at home. She will never walk round the garden again.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Heartbroken daughter',
    tags: {
      good: [],
      improve: ['cleanliness', 'continuity-of-care', 'communication', 'food'],
      feelings: ['angry', 'upset', 'ignored'],
    },
    status: 'published',
    criticality: 5,
    daysAgo: 152,
    responses: [
      {
        responder: 'Director of Nursing',
        body: `I am deeply sorry. What you describe is unacceptable, and I apologise to you and your mother for the distress and harm she suffered while in our care. Thank you for having the strength to tell us.

We have started a full review of your mother's care, including how her pressure sore developed and why you were not told. I would like to share the findings with you in person, if you are willing. Please contact PALS and mention this story, and my office will arrange a time that suits you.

You also describe staffing on the ward at night. I can tell you that we have since added a third member of staff on Ward 12 every night and have introduced two-hourly "intentional rounding" for every patient, covering position changes, fluids, continence and comfort, with the ward sister checking the charts on every shift.

None of this undoes what happened to your mother, and I am truly sorry.`,
        changeMarker: 'made',
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RXA01-W12'],
    title: 'Dementia-friendly care that really worked for Dad',
    body: `Dad has Alzheimer's and gets very distressed in unfamiliar places. Ward 12 has an activity coordinator who spent time with him every afternoon doing jigsaws and looking at old photos of the town. They also had a "reminiscence" room done up like a 1960s living room, which he loved.

The staff let me visit whenever I wanted under their open visiting for carers, and I was involved in every decision about his care and discharge. It was the best hospital stay he's had.`,
    authorRole: 'carer',
    ageGroup: '55-64',
    nickname: 'Son and carer',
    tags: {
      good: ['involved-in-decisions', 'kind-staff', 'dignity-respected'],
      improve: [],
      feelings: ['reassured', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 38,
    responses: [
      {
        responder: 'Ward Sister, Ward 12',
        body: `Thank you for your lovely feedback. Our activity coordinator will be thrilled — the reminiscence room was her idea! We really value carers being part of the team, so thank you for all you did for your dad while he was with us.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['RXA01-W12', 'RXA01-DL'],
    title: 'Sent home without the carers we were promised',
    body: `My aunt was discharged from Ward 12 on a Friday afternoon. We had been told that a care package would be in place, with carers visiting four times a day. When she got home by hospital transport at 7pm there was nobody there and nothing had been arranged.

She had also been sent home with the wrong tablets. One of her heart tablets wasn't in the bag at all, and there was a box of somebody else's eye drops. There was no discharge letter, so her GP didn't know she'd been in hospital.

I had to stay with her all weekend and ring the out-of-hours GP on the Saturday to get her medication sorted. She was readmitted ten days later.

I know there's pressure on beds. But an 84-year-old woman who lives alone should not be sent home on a Friday night without checking that the care is actually in place.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Weekend carer',
    tags: {
      good: [],
      improve: ['discharge', 'communication', 'information'],
      feelings: ['angry', 'frustrated', 'anxious'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 401,
    responses: [
      {
        responder: 'Head of Patient Flow',
        body: `I'm very sorry for what happened when your aunt went home. She should not have been discharged until her care package was confirmed, and the medication errors you describe should never happen. I apologise for the worry and the weekend you had.

Since your story, every discharge now includes a "safe to go" checklist that the nurse completes with the patient or family, which includes ringing the care agency to confirm the first visit and checking the medicines bag against the prescription. We no longer discharge people who need new care packages after 5pm on a Friday unless the family agrees.

I would welcome the chance to look into your aunt's case in detail. Please contact PALS.`,
        changeMarker: 'made',
        daysAfter: 9,
      },
    ],
  },
  {
    codes: ['RXA01-ICU'],
    title: 'Three weeks in intensive care — a wife’s thank you',
    body: `My husband was in intensive care for three weeks with severe pneumonia. For much of that time he was on a ventilator and we were told more than once that he might not survive.

I want to thank the ICU team for the way they looked after him, and me. Every day, one of the doctors would take me into the relatives' room and tell me honestly how he was. They never gave me false hope, but they never took hope away either.

The nurses kept a diary for him, with entries from staff and from me, so that when he woke up he could understand the time he'd lost. He still reads it. One nurse wrote about how the sun was shining through the window on the day he first opened his eyes.

They let me bring in his favourite music and talked to him while they washed him, even when he couldn't respond. They always called him by the name he uses, not his first name on the notes, because I mentioned it once.

He is home now, weak but alive, and going to the ICU follow-up clinic. I don't have the words to say how grateful we are.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Wife who kept the diary',
    tags: {
      good: ['good-communication', 'kind-staff', 'dignity-respected', 'explained-clearly'],
      improve: [],
      feelings: ['grateful', 'cared-for', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 183,
    hasEmail: true,
    responses: [
      {
        responder: 'Lead Nurse, Intensive Care',
        body: `Thank you for sharing this with us. It's not often we hear how our patients get on once they leave, so knowing your husband is home and reading his diary means a great deal to the whole team.

Families are such an important part of care in intensive care, and you were there for him every day. Please pass on our very best wishes, and we look forward to seeing him at follow-up clinic.`,
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['RXA01-ICU'],
    title: 'They let us say goodbye properly',
    body: `Our dad died in the intensive care unit after a sudden brain haemorrhage. The consultant was honest with us from the start, gently, and we understood what was happening.

The nurses moved him to a side room so that all of us, including the grandchildren, could be with him. They turned off the alarms, dimmed the lights, and brought us tea and sandwiches without being asked. One of them asked if we wanted a lock of his hair and some handprints, which we now treasure.

It was the worst day of our lives, but we will always be thankful that his last hours were peaceful and that we were all together.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'One of four',
    tags: {
      good: ['dignity-respected', 'kind-staff', 'good-communication'],
      improve: [],
      feelings: ['cared-for', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 276,
    responses: [
      {
        responder: 'Consultant in Intensive Care Medicine',
        body: `We're so sorry for the loss of your dad. Thank you for taking the time, at such a hard time, to write to us. I have shared your words with the nurses who cared for him and your family. Please get in touch through the bereavement office if there's ever anything more we can do.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['RXA01-ICU'],
    title: 'The follow-up clinic helped me make sense of it',
    body: `I don't remember most of my time in ICU, just strange dreams. Afterwards I had nightmares and felt anxious all the time. The ICU follow-up clinic saw me three months after discharge. A nurse and a psychologist went through what had happened, took me back to visit the unit and explained the dreams were very common. It helped enormously.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'ICU survivor',
    tags: {
      good: ['good-aftercare', 'explained-clearly', 'listened-to'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 614,
  },
  {
    codes: ['RXA01-DL'],
    title: 'The volunteer in the discharge lounge',
    body: `Spent a few hours in the discharge lounge waiting for my son to pick me up. A volunteer brought me tea and toast, helped me ring my son because my phone was flat, and chatted with me about the garden. Made a boring wait much nicer. Thank you.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Waiting for a lift',
    tags: {
      good: ['kind-staff', 'good-food'],
      improve: [],
      feelings: ['cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 227,
  },
  {
    codes: ['RXA01-DL'],
    title: 'Four hours waiting for hospital transport',
    body: `The discharge lounge is comfortable and the staff were nice, but I waited four hours for patient transport. No one could tell me when it would come. I'm diabetic and didn't get my lunch until I asked for it at 2pm. By the time I got home it was dark.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Long afternoon',
    tags: {
      good: ['kind-staff'],
      improve: ['discharge', 'waiting-times', 'food'],
      feelings: ['frustrated'],
    },
    status: 'published',
    criticality: 1,
    daysAgo: 489,
    responses: [
      {
        responder: 'Discharge Lounge Sister',
        body: `Thank you for your feedback, and I'm sorry about the long wait and your late lunch. We now check on arrival whether anyone is diabetic or has other dietary needs so their meals are offered on time. We're also working with the transport provider to get better information about pick-up times.`,
        changeMarker: 'planned',
        daysAfter: 7,
      },
    ],
  },
  {
    codes: ['RXA01-CCU'],
    title: 'Thank you CCU',
    body: `Just a quick note to say thank you to the team on the Coronary Care Unit who looked after my husband for a week. Nothing was too much trouble and you always had time for my questions. He's home and doing well.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'Thankful wife',
    tags: {
      good: ['kind-staff', 'good-communication'],
      improve: [],
      feelings: ['grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 555,
  },
  {
    codes: ['RXA01-RAD'],
    title: 'The radiographer who calmed my nerves before my CT',
    body: `I was sent for an urgent CT scan to check for cancer, and I was terrified. The radiographer noticed I was shaking, took a moment to explain exactly what would happen and how long it would take, and told me I could press the buzzer at any time. She even warned me about the warm feeling from the dye so I wouldn't panic. Such a small thing, but it helped so much. The results were clear.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Scared but OK',
    tags: {
      good: ['explained-clearly', 'kind-staff', 'felt-safe'],
      improve: [],
      feelings: ['reassured', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 91,
    responses: [
      {
        responder: 'Radiology Services Manager',
        body: `Thank you for sharing this, and we're so glad the results were clear. We know a scan to look for cancer is a frightening thing, and I'll make sure the radiographer knows her explanations made a difference.`,
        daysAfter: 2,
      },
    ],
  },
  {
    codes: ['RXA01-OPD'],
    title: 'Needle-phobic and actually fine',
    body: `I have a genuine phobia of needles and usually need several attempts and a lie down. The phlebotomist in Outpatients let me lie on the couch, distracted me by asking about my holiday and got it first time. I didn't even realise she'd finished. Brilliant.`,
    authorRole: 'patient',
    ageGroup: '16-24',
    nickname: 'Hates needles',
    tags: {
      good: ['kind-staff', 'quick-treatment', 'pain-well-managed'],
      improve: [],
      feelings: ['relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 2, // published a day or two ago: new in the demo inbox
  },
  {
    codes: ['RXA02-DSU'],
    title: 'Hernia repair — in and out the same day',
    body: `I had my hernia repaired as a day case at St Aldhelm's. I arrived at 7.30am, met the surgeon and the anaesthetist who both explained the plan, and was in theatre by half nine. The nurses in recovery were attentive and I was given a sandwich and a cup of tea as soon as I was allowed.

I went home mid-afternoon with painkillers and a clear leaflet about what to expect. A nurse rang me the next day to check how I was. Couldn't fault it.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Day case dad',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'good-aftercare'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 70,
    responses: [
      {
        responder: 'Sister, Day Surgery Unit',
        body: `Thank you for taking the time to tell us. Our follow-up phone call is something patients tell us they really value, so it's good to hear it helped. Hope you're fully recovered.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['RXA02-DSU'],
    title: 'Nil by mouth for sixteen hours',
    body: `I was told to have nothing to eat after midnight and to arrive at 7am. I wasn't taken down to theatre until 4pm. Nobody explained why I was so far down the list, and when I asked whether I could have a drink of water I was told no, even though I've since read that clear fluids are usually allowed until a couple of hours before.

By the afternoon I had a thumping headache and felt faint. The operation went well and the nurses afterwards were lovely, but the wait was miserable and could easily have been better organised.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Hungry and thirsty',
    tags: {
      good: ['kind-staff'],
      improve: ['waiting-times', 'information', 'communication'],
      feelings: ['frustrated'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 292,
    responses: [
      {
        responder: 'Clinical Lead, Day Surgery',
        body: `Thank you for your feedback, and I'm sorry you were left fasting for so long without explanation.

You're right about drinking water. We have now changed our fasting guidance so that patients can sip water until they are called to theatre unless the anaesthetist says otherwise, and we are staggering arrival times so that afternoon patients are no longer asked to come in at 7am.`,
        changeMarker: 'made',
        daysAfter: 10,
      },
    ],
  },
  {
    codes: ['RXA02-W3'],
    title: 'Walking the same day as my hip replacement',
    body: `I'd been in pain with my hip for three years and I was nervous about the operation, especially at my age. I went to the "joint school" class beforehand, where a physio and a nurse explained everything, including what to bring and the exercises to practise. That helped enormously.

On the day, the anaesthetist suggested a spinal anaesthetic with sedation rather than a general, and I'm glad I agreed, because I woke up clear-headed. By teatime the physio had me standing and taking a few steps with a frame. I could hardly believe it.

The nurses on Ward 3 were kind and efficient. My pain was well controlled, and they came round regularly to check on it without me having to ask. The food was fine, nothing special, but there was always plenty of tea.

I went home on the second day with a walking aid, a raised toilet seat the occupational therapist had arranged, and a phone number to ring if I had any worries. Six weeks on, I'm walking without a stick and without pain for the first time in years.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'New hip, new me',
    tags: {
      good: ['pain-well-managed', 'explained-clearly', 'good-aftercare', 'involved-in-decisions'],
      improve: [],
      feelings: ['grateful', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 109,
    hasEmail: true,
    responses: [
      {
        responder: 'Orthopaedic Nurse Practitioner, Ward 3',
        body: `Thank you for sharing your story — it's a great example of how joint school and getting up early after surgery can help. I'm delighted you're walking pain-free. I've passed your kind words on to the Ward 3 team and the physios.`,
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['RXA02-W3'],
    title: 'Pain relief after my knee replacement was a struggle',
    body: `The operation itself went well, but the first night on Ward 3 was one of the worst of my life. The nerve block wore off at about 2am and the pain was unbearable. I pressed the call bell and it was 25 minutes before anyone came. When the nurse did come, she said my next dose of painkillers wasn't due for another hour and that "everyone has pain after a knee".

I was in tears by the time I got anything. The next morning the pain team came round and changed my medication, and after that it was much better, but I don't think anyone should have to go through a night like that.

I know a knee replacement is painful. I'd just like to have been believed, and for there to have been a plan for when the block wore off.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Knee patient',
    tags: {
      good: [],
      improve: ['pain-management', 'staff-attitude'],
      feelings: ['upset', 'ignored'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 215,
    responses: [
      {
        responder: 'Ward Manager, Ward 3',
        body: `I'm so sorry about your first night with us. You should have been believed and your pain treated promptly, and the comment you describe was not acceptable. I have spoken with the team about it.

We have looked at what happens when nerve blocks wear off, and every knee replacement patient now has "rescue" pain relief prescribed in advance, so that nurses can give it as soon as it's needed without waiting for the next regular dose. The pain team have also run extra teaching sessions for our night staff.

Thank you for telling us. Please contact me through PALS if you'd like to talk further.`,
        changeMarker: 'made',
        daysAfter: 7,
      },
    ],
  },
  {
    codes: ['RXA02-ORTH', 'RXA02-W3'],
    title: 'Nan broke her hip and the team treated her like family',
    body: `Nan broke her hip in a fall at her care home. She was operated on the next morning, and the orthogeriatric doctor (a consultant who specialises in older people with fractures) looked after her the whole way through, sorting out her blood pressure tablets and making sure she didn't get delirious.

The nurses on Ward 3 were so patient with her hearing and her repeating herself. The physios got her sitting out in a chair on day two. We were kept informed at every stage and involved in planning her return to the care home.

She's back home and using her frame. Thank you.`,
    authorRole: 'relative',
    ageGroup: '25-34',
    nickname: "Nan's biggest fan",
    tags: {
      good: ['kind-staff', 'good-communication', 'involved-in-decisions'],
      improve: [],
      feelings: ['reassured', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 362,
    responses: [
      {
        responder: 'Consultant Orthogeriatrician',
        body: `Thank you for your lovely story. Hip fractures in older people are serious, so it's great to hear your nan is back home and on her feet. Families make a huge difference to recovery, so thank you for all your support to her too.`,
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['RXA02-W5'],
    title: 'Emergency appendix, excellent care',
    body: `I came in with terrible stomach pain and was diagnosed with appendicitis. I was on Ward 5 for three days after keyhole surgery. The surgeon came to see me after the operation to explain what they'd found, the nurses were friendly and sorted my pain quickly, and I was home by the weekend. I'm a student and my parents live far away, so I was nervous being on my own, but the staff made sure I was OK.`,
    authorRole: 'patient',
    ageGroup: '16-24',
    nickname: 'Student minus one appendix',
    tags: {
      good: ['pain-well-managed', 'explained-clearly', 'kind-staff'],
      improve: [],
      feelings: ['cared-for', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 180,
  },
  {
    codes: ['RXA02-W5'],
    title: 'Coeliac and nothing safe to eat',
    body: `I have coeliac disease, which was on my notes and my wristband. For the first two days on Ward 5 I was brought ordinary sandwiches and once a pasta dish. When I explained, the housekeeper was apologetic but said the gluten-free options had to be ordered specially the day before.

I ended up living on yoghurts and crisps my partner brought in. I was recovering from bowel surgery so eating properly mattered. The surgical care was good, but the food situation really let things down.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Gluten-free and hungry',
    tags: {
      good: [],
      improve: ['food', 'information'],
      feelings: ['frustrated'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 327,
    responses: [
      {
        responder: 'Catering Manager, Facilities',
        body: `Thank you for letting us know, and I'm sorry you weren't able to get safe food during your stay, especially while recovering from surgery.

We now keep a stock of gluten-free and other allergy-safe meals on every ward, so they can be served straight away without ordering ahead. Ward housekeepers have all had refresher training on special diets.`,
        changeMarker: 'made',
        daysAfter: 12,
      },
    ],
  },
  {
    codes: ['RXA02-ONC'],
    title: 'The chemo nurses became my second family',
    body: `I was diagnosed with breast cancer at 41 and had six rounds of chemotherapy at the Oncology Day Unit at St Aldhelm's. I want to write something for the people who will sit in those chairs after me, because I was so scared before my first session.

On my first visit a nurse took me on a tour, showed me the chair, explained what the drip would feel like and went through every side effect. She gave me a folder and a 24-hour number and told me to ring, day or night, if I had a temperature or felt unwell. I did ring it once at 3am, and the person who answered was calm and knew exactly what to do.

I chose to try the cold cap to save my hair. The nurses were brilliant with it, even though it adds time to every session, and they brought me warm blankets and hot drinks. I kept about half my hair, which felt like a victory.

There were long days. Sometimes the pharmacy was slow to make up the chemo and I sat there for two hours before it even started. But the nurses always came and told me why, and the volunteers with the tea trolley made it feel less like a hospital.

By the last session the nurses knew about my kids, my job and my terrible taste in TV. They rang a bell with me when I finished and I cried my eyes out.

I'm now in remission. To everyone on the day unit: you made the worst year of my life bearable.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Rang the bell',
    tags: {
      good: ['kind-staff', 'explained-clearly', 'good-aftercare', 'felt-safe', 'good-communication'],
      improve: ['waiting-times'],
      feelings: ['cared-for', 'grateful', 'feeling-safe'],
    },
    status: 'published',
    criticality: 1,
    daysAgo: 203,
    hasEmail: true,
    responses: [
      {
        responder: 'Senior Sister, Oncology Day Unit',
        body: `Thank you so much for your story — we've read it together as a team and it meant an enormous amount. We remember you well (and your TV recommendations!). Congratulations on finishing treatment and on your remission.

You're right about the pharmacy waits. We've worked with the chemotherapy pharmacy so that, where blood results allow, treatment is now prepared the day before for patients on a regular cycle, which is cutting the waiting time on the day for many people.

Wishing you and your family all the very best.`,
        changeMarker: 'made',
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['RXA02-ONC'],
    title: 'Great nurses, long waits on treatment days',
    body: `My husband has immunotherapy every three weeks. The nurses are wonderful and we have no complaints at all about the care. But most treatment days we wait two to three hours for the drugs to arrive from pharmacy, in a waiting room with uncomfortable chairs, and he gets very tired. It would be good if this could be improved.`,
    authorRole: 'carer',
    ageGroup: '65-74',
    nickname: 'Wife and driver',
    tags: {
      good: ['kind-staff'],
      improve: ['waiting-times'],
      feelings: ['frustrated', 'grateful'],
    },
    status: 'published',
    criticality: 1,
    daysAgo: 57,
    responses: [
      {
        responder: 'Senior Sister, Oncology Day Unit',
        body: `Thank you for your feedback. I'm sorry for the long waits your husband has had. We are now preparing treatment in advance for patients on stable regular cycles, so please ask the nurse at his next visit whether he can be included. We've also ordered reclining chairs for the waiting area.`,
        changeMarker: 'planned',
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RXA02-ONC'],
    title: 'Small kindnesses on the chemo unit',
    body: `I take my brother to chemo every fortnight. I've noticed so many small kindnesses: the nurse who remembers he hates the taste of the flush and gives him a mint first, the receptionist who saves him the chair by the window, the volunteer who found me a phone charger. It's a hard place to be, but they make it as easy as it can be.`,
    authorRole: 'carer',
    ageGroup: '55-64',
    nickname: 'Chemo chauffeur',
    tags: {
      good: ['kind-staff', 'dignity-respected'],
      improve: [],
      feelings: ['grateful', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 449,
  },
  {
    codes: ['RXA02-ENDO'],
    title: 'Colonoscopy: not as bad as I feared',
    body: `I'd put off having a colonoscopy for months because I was embarrassed. The nurses in the Endoscopy Unit were so matter-of-fact and kind that I soon relaxed. They gave me "dignity shorts", kept me covered, and explained everything as it happened. I had sedation and gas and air, and felt very little. Results explained before I went home. Please don't put it off like I did.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Was embarrassed',
    tags: {
      good: ['dignity-respected', 'pain-well-managed', 'explained-clearly'],
      improve: [],
      feelings: ['reassured', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 240,
  },
  {
    codes: ['RXA02-ENDO'],
    title: 'I asked them to stop and they carried on',
    body: `I had a gastroscopy (camera down the throat). I'd asked for sedation but was told on the day that there was no one to escort me home, so I'd have to have it with just the throat spray.

I was gagging and panicking from the moment the tube went in. I raised my hand, which is the signal we'd agreed to stop, and the person doing the test said "nearly done, nearly done" and carried on for what felt like several more minutes. A nurse held my shoulder down.

Afterwards I was shaking and crying in the recovery area. Nobody really acknowledged what had happened. I was told the test was "a bit uncomfortable for some people".

I understand they needed to finish the test, but I had not consented to that. I feel violated and I don't think I can ever have another one, even though I may need it.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Never again',
    tags: {
      good: [],
      improve: ['staff-attitude', 'pain-management', 'communication'],
      feelings: ['upset', 'ignored', 'angry'],
    },
    status: 'published',
    criticality: 4,
    daysAgo: 118,
    responses: [
      {
        responder: 'Clinical Lead, Endoscopy',
        body: `Thank you for telling us about this, and I am very sorry. If you ask us to stop, we must stop; a patient can withdraw consent at any point during a procedure. It is clear that did not happen for you, and I apologise for the distress it caused.

We are reviewing what happened and I would very much like to meet you, if you are willing, to hear your account in person and to plan how we could make any future test manageable for you, for example with sedation and transport arranged in advance, or a different kind of test.

As a unit, we have introduced a "stop means stop" pause: if a patient signals, the scope is held still and the procedure only continues once the patient agrees. We have also changed our booking so that patients who need an escort for sedation are contacted beforehand rather than finding out on the day.

Please contact PALS and ask for me by role.`,
        changeMarker: 'made',
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['RXA02-EYE'],
    title: 'Cataract done — colours are so bright!',
    body: `Had my cataract operation at the Eye Clinic. Quick, painless and the staff talked me through it. I couldn't believe how bright everything was the next day. I hadn't realised how much I'd been missing. Thank you.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Seeing clearly',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'pain-well-managed'],
      improve: [],
      feelings: ['grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 402,
  },
  {
    codes: ['RXA02-EYE'],
    title: 'A whole afternoon in the eye clinic',
    body: `I attend the Eye Clinic every few months for my glaucoma. Each visit takes around three hours: drops, a wait, a pressure test, another wait, a scan, another wait, then the doctor. The signs are confusing and with dilated pupils it's hard to find your way around.

Once you get to the doctor it's fine, but the process could be far better organised, especially for older people who can't see well after the drops.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Regular at the eye clinic',
    tags: {
      good: [],
      improve: ['waiting-times', 'information', 'appointments'],
      feelings: ['frustrated', 'confused'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 510,
    responses: [
      {
        responder: 'Ophthalmology Service Manager',
        body: `Thank you for your feedback and I'm sorry the clinic visits are so long and hard to navigate.

We're redesigning the glaucoma pathway so that stable patients can have their tests at a single "one-stop" station, with a shorter visit. In the meantime we've put in large-print, high-contrast signs and a volunteer guide on clinic days.`,
        changeMarker: 'planned',
        daysAfter: 15,
      },
    ],
  },
  {
    codes: ['RXA02-ENT'],
    title: "My son's tonsils — really well handled",
    body: `My 9-year-old had his tonsils out after years of infections. The ENT clinic team were great with him at the pre-op appointment, showing him pictures and answering all his (many) questions. On the day, they let me stay with him until he was asleep and were there when he woke up. He was eating ice lollies within a couple of hours. Thank you for making it so much less scary for him, and for me.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Ice lolly supplier',
    tags: {
      good: ['explained-clearly', 'kind-staff', 'involved-in-decisions'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 272,
  },
  {
    codes: ['RXA02-PHY'],
    title: 'Physio sorted my back out',
    body: `After months of back pain I was referred to physio. The physiotherapist assessed me properly, explained what was going on in a way that made sense, and gave me exercises that actually fitted into my day. She also explained that moving was good for me, which changed how I thought about it. Six sessions later I'm back at the gym.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Back in action',
    tags: {
      good: ['explained-clearly', 'good-aftercare', 'listened-to'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 163,
  },
  {
    codes: ['RXA02-PHY'],
    title: 'Three sessions and a leaflet',
    body: `I had physio after a shoulder injury. The physio was nice, but after three sessions I was told that was all I could have and given a leaflet of exercises. My shoulder still isn't right and I'd have liked a bit more support or at least a follow-up to check I was doing the exercises properly.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Stiff shoulder',
    tags: {
      good: ['kind-staff'],
      improve: ['continuity-of-care', 'appointments'],
      feelings: ['frustrated'],
    },
    status: 'published',
    criticality: 1,
    daysAgo: 366,
    responses: [
      {
        responder: 'Physiotherapy Team Lead',
        body: `Thank you for your feedback. I'm sorry you felt you needed more support. If your shoulder isn't improving, you can self-refer back to us within six months without seeing your GP — just ring the physiotherapy department and mention this. We've added this to our discharge leaflet so people know.`,
        changeMarker: 'made',
        daysAfter: 9,
      },
    ],
  },
  {
    codes: ['RXA02-MIU'],
    title: 'Minor injuries unit — no queue, great nurse',
    body: `Went over on my ankle at football. Instead of going to the big A&E I went to the Minor Injuries Unit at St Aldhelm's. Seen in 15 minutes by a nurse practitioner who X-rayed it, explained it was a bad sprain not a break, strapped it and gave me advice on getting back to playing. Highly recommend.`,
    authorRole: 'patient',
    ageGroup: 'under-16',
    nickname: 'Sunday league',
    tags: {
      good: ['quick-treatment', 'explained-clearly'],
      improve: [],
      feelings: ['relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 29,
    responses: [
      {
        responder: 'Lead Nurse Practitioner, Minor Injuries Unit',
        body: `Thanks for the feedback, and for choosing the right place! Hope the ankle recovers quickly and you're back on the pitch soon.`,
        daysAfter: 1,
      },
    ],
  },
  {
    codes: ['RXA02-MIU'],
    title: 'Dog bite dealt with quickly and calmly',
    body: `My mum was bitten on the hand by a neighbour's dog. The Minor Injuries Unit saw her quickly, cleaned the wound really thoroughly, checked her tetanus and gave her antibiotics. The nurse was gentle and reassuring with her as she was quite shaken. Very impressed.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Daughter driving',
    tags: {
      good: ['quick-treatment', 'kind-staff'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 641,
  },
  {
    codes: ['RXA02-PAL'],
    title: 'Mum died at home, as she wanted',
    body: `When Mum's cancer came back, she told us clearly that she wanted to die at home, in her own bed, looking at her garden. The palliative care team made that happen.

The palliative care nurse came to see her in hospital first, and sat with all of us to talk about what Mum wanted. She didn't use jargon and she didn't shy away from the hard questions. She helped Mum write down her wishes, including that she didn't want to go back into hospital.

Once Mum was home, the team arranged a hospital bed, a syringe driver for her pain and sickness, and visits from the district nurses. We had a number to ring at any time, and when we rang in the middle of the night because Mum was agitated, a nurse came out within the hour.

Her pain was well controlled until the end. She died peacefully with the window open and the radio on.

I can't say it was a good experience, because losing her was the worst thing that has ever happened to us. But it was as good as it could possibly have been, and that is down to the palliative care team. Thank you.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Her youngest',
    tags: {
      good: [
        'pain-well-managed',
        'involved-in-decisions',
        'listened-to',
        'good-communication',
        'dignity-respected',
      ],
      improve: [],
      feelings: ['cared-for', 'grateful', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 334,
    hasEmail: true,
    responses: [
      {
        responder: 'Clinical Nurse Specialist, Palliative Care Team',
        body: `Thank you for writing to us, and please accept our condolences on the loss of your mum. It is a privilege to help people spend their last days in the place they choose, surrounded by the people they love, and it's clear your mum had a wonderful family around her.

If you or your family would like bereavement support, please do get in touch with the team and we can put you in touch with our bereavement service.`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RXA02-PRE', 'RXA02-DSU'],
    title: 'Operation cancelled on the day — for the third time',
    body: `My gallbladder operation has now been cancelled three times. The first two times it was cancelled the day before because of a lack of beds. The third time I had already been admitted, changed into a gown and fasted, only to be told that my pre-op blood results couldn't be found and the tests would have to be repeated, and that by then there wouldn't be time.

I'd had the bloods done at the pre-assessment clinic three weeks earlier, exactly as I was told.

Each cancellation means another round of childcare, another day off work and more weeks in pain. I don't understand how results can just disappear. I feel like nobody is actually in charge of my care.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Three times unlucky',
    tags: {
      good: [],
      improve: ['appointments', 'communication', 'continuity-of-care'],
      feelings: ['angry', 'frustrated'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 81,
    responses: [
      {
        responder: 'General Manager, Surgery',
        body: `I am very sorry that your operation has been cancelled three times, and especially for the last cancellation, which should not have happened. We have found that your blood samples were processed but filed against the wrong episode, so they did not show up on the day.

We have fixed the link between the pre-assessment system and the theatre list, and pre-op results are now checked two days before surgery rather than on the morning itself, so any gaps can be filled in advance.

Our scheduling team will contact you directly with a firm date. If they have not done so within a week, please contact PALS and mention this story.`,
        changeMarker: 'made',
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['RXA02-PRE'],
    title: 'Pre-op nurse put my mind at rest',
    body: `I was very anxious about having a general anaesthetic for the first time. The nurse at my pre-operative assessment was unhurried and talked me through every step of the day, from where to park to what happens when you wake up. She also noticed my blood pressure was high and arranged for me to see my GP beforehand so my operation wouldn't be cancelled. Really thorough.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'First-time nerves',
    tags: {
      good: ['explained-clearly', 'listened-to', 'felt-safe'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 249,
  },
  {
    codes: ['RXA03-MAT-BC'],
    title: 'The water birth I hoped for at the Meadow Birth Centre',
    body: `I wanted a calm birth for my first baby and chose the Meadow Birth Centre after a tour at 34 weeks. It's a midwife-led unit next to the labour ward, with big rooms, low lights and birth pools.

When my contractions started properly I rang the triage line and the midwife listened to a couple of contractions over the phone and told me to come in. I was 6cm when I arrived, which I couldn't believe.

My midwife stayed with me the whole time. She was quiet and calm, she kept checking my baby's heartbeat with a waterproof doppler, and she reminded my partner to keep giving me sips of water and to put a cold flannel on my neck. I used gas and air and the pool, and I felt completely in control.

At one point the baby's heart rate dipped and she explained very calmly that she'd like a second midwife to listen, and that if it happened again we might move across to the labour ward. It settled, and she kept us informed throughout. I never felt frightened.

Our daughter was born in the water just before dawn. We had skin-to-skin for over an hour before anyone even weighed her, and the maternity support worker brought us tea and toast, which was the best toast of my life.

We went home the same afternoon after a midwife helped me get feeding started. I'd recommend the birth centre to anyone who is low risk.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Water baby mum',
    tags: {
      good: ['involved-in-decisions', 'felt-safe', 'kind-staff', 'good-communication'],
      improve: [],
      feelings: ['feeling-safe', 'respected', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 115,
    hasEmail: true,
    responses: [
      {
        responder: 'Birth Centre Lead Midwife',
        body: `Congratulations on the birth of your daughter, and thank you for such a lovely account! I've shared it with your midwife and the whole Meadow team, who were delighted. We'll pass on your compliments on the toast too.

Wishing you all the best as a new family.`,
        daysAfter: 2,
      },
    ],
  },
  {
    codes: ['RXA03-MAT-LW'],
    title: 'An emergency caesarean, from the partner’s side',
    body: `Things moved very fast. My wife had been in labour for about 20 hours when the baby's heart rate started dropping. Suddenly the room filled up with people. I'd heard stories about partners being left in the corridor in situations like this and I was terrified.

That didn't happen. A midwife took me by the arm and explained, in about three sentences, what was happening and why they needed to do a caesarean now. Someone handed me scrubs and told me to wait outside theatre, and that they'd come and get me as soon as they could. They came back within ten minutes and I was sitting by my wife's head when our son was born.

He needed a bit of help breathing at first, and the paediatrician talked me through what she was doing, and let me cut the cord once he was stable. I will never forget hearing him cry.

Afterwards the registrar who'd done the operation came to see us on the ward and went through everything, including why it had happened and what it meant for any future pregnancies.

I just wanted to say thank you to everyone who was in that room.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'New dad',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'good-communication', 'felt-safe'],
      improve: [],
      feelings: ['grateful', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 284,
    responses: [
      {
        responder: 'Labour Ward Manager',
        body: `Congratulations, and thank you for telling us how it felt from your side. Partners can easily be forgotten in an emergency, so it's really good to hear that you were kept informed and brought in as soon as possible. I've passed your thanks to the team.`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RXA03-MAT-LW'],
    title: 'I told them the baby was coming and nobody believed me',
    body: `I want to share what happened at my son's birth because I'm still struggling with it months later.

I arrived at the labour ward in a lot of pain, asking for an epidural. The midwife examined me and said I was only 3cm and that I should go for a walk and have a bath. I told her this was my third baby and my labours are fast. She said "every labour is different" and left me in a room with my partner.

Over the next hour the pain became unbearable. My partner pressed the buzzer three times. Someone popped their head in and said the midwife was with another lady. When I said I needed to push, the maternity support worker told me it was probably the baby pressing on my bottom and not to push yet.

My son was born about ten minutes later, with only my partner and the support worker in the room. A midwife ran in as he arrived. He was fine, thank God, but I lost quite a lot of blood and ended up in theatre.

No one ever came back to talk about what had happened. I felt dismissed, frightened and like my body and my experience didn't count.

I'm now having counselling for birth trauma. I don't want an apology for the sake of it. I want the labour ward to listen to women when they say they know their own bodies.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Third time mum',
    tags: {
      good: [],
      improve: ['staff-attitude', 'pain-management', 'communication'],
      feelings: ['ignored', 'upset', 'angry'],
    },
    status: 'published',
    criticality: 4,
    daysAgo: 167,
    responses: [
      {
        responder: 'Head of Midwifery',
        body: `Thank you for sharing this. I am deeply sorry. You told us what your body was doing and you were not listened to, and that is at the heart of what went wrong. I'm also very sorry that nobody came to talk to you afterwards about such a frightening birth.

We have used your story (with your details removed) in training for all labour ward staff, focusing on listening to women, especially those who have had fast labours before. We have changed our guidance so that anyone who has had a previous fast labour is assessed by a senior midwife and is not left without a midwife once in established labour.

I would also like to offer you an appointment with our Birth Reflections service, where a senior midwife can go through your notes with you and answer any questions. Please contact PALS and ask to be put in touch with me directly.`,
        changeMarker: 'made',
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['RXA03-MAT-PN'],
    title: 'Alone after my caesarean with nobody answering the buzzer',
    body: `After my planned caesarean I was taken to the postnatal ward. My husband had to leave at 8pm. I couldn't get out of bed or lift my baby out of the cot, as I had a catheter and was numb from the spinal.

When she cried during the night, I pressed the buzzer and it often took 15-20 minutes for anyone to come. Once she was crying so hard I tried to reach her myself and hurt my wound.

The midwives were kind when they came, but there clearly weren't enough of them. I really think partners should be allowed to stay, at least for the first night after a section.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'C-section mum',
    tags: {
      good: ['kind-staff'],
      improve: ['waiting-times', 'continuity-of-care'],
      feelings: ['anxious', 'upset'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 420,
    responses: [
      {
        responder: 'Postnatal Ward Manager',
        body: `Thank you for telling us about your first night, and I'm sorry you were left waiting when you needed help with your baby. We know how hard it is to be immobile after a caesarean.

We listened to feedback like yours, and since last spring one birth partner can now stay overnight on the postnatal ward. We have put reclining chairs by every bed. We have also moved a maternity support worker onto the ward overnight to answer buzzers more quickly.`,
        changeMarker: 'made',
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['RXA03-MAT-PN'],
    title: 'The feeding support that saved my breastfeeding',
    body: `I was on the verge of giving up breastfeeding on day two. My nipples were cracked and bleeding and my baby was losing weight. The infant feeding specialist came and sat with me for nearly an hour. She showed me how to position him, checked him for tongue-tie (he had one, which was snipped the next day) and gave me a number to ring after I went home. Eight weeks later we're still going strong. I don't think we'd have made it without her.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Still feeding',
    tags: {
      good: ['good-aftercare', 'explained-clearly', 'listened-to'],
      improve: [],
      feelings: ['grateful', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 66,
    responses: [
      {
        responder: 'Infant Feeding Lead',
        body: `Thank you for your lovely story, and well done for persevering! The early days can be really tough. We're so pleased things are going well for you both.`,
        daysAfter: 2,
      },
    ],
  },
  {
    codes: ['RXA03-MAT-AN'],
    title: 'Seeing the same midwife made all the difference',
    body: `After a difficult first pregnancy elsewhere, I was put on a continuity of carer team for my second. I saw the same two midwives at almost every antenatal appointment. They knew my history without me having to repeat it, and they spotted that I was becoming very anxious in the third trimester and referred me for support.

One of them was on call when I went into labour and came in to deliver my baby. It felt like being looked after by a friend.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Second time round',
    tags: {
      good: ['listened-to', 'good-communication', 'kind-staff'],
      improve: [],
      feelings: ['feeling-safe', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 498,
    responses: [
      {
        responder: 'Community Midwifery Matron',
        body: `Thank you for sharing this. Continuity of carer is something we're proud of and are working to expand. It's great to hear it made a difference for you. Congratulations on your new arrival.`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RXA03-MAT-AN'],
    title: 'Long waits at the antenatal clinic with a toddler in tow',
    body: `Every antenatal clinic appointment I've had has run at least an hour late. I often have no choice but to bring my two-year-old, and there's nothing for small children to do in the waiting area. The midwives and doctors are lovely, but the waits make it really hard.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Bump plus toddler',
    tags: {
      good: ['kind-staff'],
      improve: ['waiting-times', 'appointments'],
      feelings: ['frustrated'],
    },
    status: 'published',
    criticality: 1,
    daysAgo: 224,
    responses: [
      {
        responder: 'Antenatal Clinic Manager',
        body: `Thank you for your feedback. I'm sorry about the long waits. We've now added a small play corner in the antenatal waiting area, and we're looking at our clinic templates to reduce overbooking.`,
        changeMarker: 'planned',
        daysAfter: 8,
      },
    ],
  },
  {
    codes: ['RXA03-NNU'],
    title: 'Eight weeks on the neonatal unit with our twins',
    body: `Our twin girls were born at 29 weeks after my waters broke early. Each weighed less than a bag of sugar. We spent eight weeks on the Neonatal Unit, and I want to tell other parents what it was like, because I was so scared at the start and I searched online for stories like this one.

On the first day, still in a wheelchair after my caesarean, a neonatal nurse took us to see the girls in their incubators and explained every wire, tube and alarm. She told us that the alarms go off constantly and that we should watch the nurses' faces, not the monitors. That was the best advice anyone gave us in those two months. She also told us that we were their parents and that the unit was their home for now, not a place we were visiting.

The team meant it. We were taught to do their "cares" (checking temperatures, changing tiny nappies through the incubator portholes and cleaning their mouths with cotton buds dipped in my milk) and, later, to give their tube feeds. We had our first cuddles, skin to skin, on day four, with a nurse carefully lifting each baby and all her wires onto my chest. I expressed milk around the clock, and the nurses labelled and stored every precious drop and celebrated with me when I managed a bigger amount. My partner was shown everything too, and was never treated as a spare part.

There were very hard days. In the third week our younger twin became very poorly with an infection and needed to go back onto a ventilator. The consultant sat with us in the parents' room and was honest about the risks, without frightening us more than she had to, and came back at the end of her shift to tell us how she was doing. The nurses on that night were so kind to us. One of them rang us at 2am, as she'd promised, just to say our daughter was settled. She recovered, slowly.

The practical support mattered more than I expected. There was a parents' room with a kitchen and lockers, and a family support worker who helped us claim travel costs and sort out my partner's paternity leave. Towards the end we were able to stay in one of the family rooms for two nights before discharge, looking after the girls ourselves with nurses on hand, which gave us the confidence to take them home. When the day came, the outreach nurses visited us at home for several weeks to weigh them and check their feeding and oxygen.

The girls are now toddlers who never sit still. We will always be grateful to the neonatal team: the nurses, doctors, support workers, cleaners and the receptionist who buzzed us in every single day with a smile.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Mum of twins',
    tags: {
      good: ['involved-in-decisions', 'explained-clearly', 'good-aftercare', 'kind-staff'],
      improve: [],
      feelings: ['grateful', 'cared-for', 'reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 590,
    hasEmail: true,
    responses: [
      {
        responder: 'Neonatal Unit Manager',
        body: `Thank you for sharing your girls' journey. We remember them (and you!) well. It's wonderful to hear they're busy toddlers now — please do send us a photo through the unit's email if you'd like to; we have a wall of graduates!

Your description of being parents, not visitors, is exactly what we aim for. Wishing you all the best.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['RXA03-NNU'],
    title: "A dad's first cuddle on the neonatal unit",
    body: `Our son was born early and was whisked to the neonatal unit. I was scared to touch him. On the second day, one of the nurses helped me take my shirt off and hold him skin to skin on my chest. She said it would help keep him warm and calm. I sat there for two hours. I cried, he slept. The nurses always made me feel just as important as his mum.`,
    authorRole: 'relative',
    ageGroup: '25-34',
    nickname: 'Kangaroo dad',
    tags: {
      good: ['involved-in-decisions', 'kind-staff'],
      improve: [],
      feelings: ['respected', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 139,
  },
  {
    codes: ['RXA03-NNU'],
    title: 'Nowhere for parents to eat or rest',
    body: `The care our daughter got on the neonatal unit was excellent, I want to be clear about that. But for parents it was hard going. The family rooms were always full, so we drove 40 minutes each way every day. The parents' kitchen had a kettle and a microwave and nothing else, and the hospital restaurant shut at 7pm.

My partner was still recovering from a caesarean and was expressing every three hours. Some days she barely ate. Free meal vouchers for breastfeeding mums, or even some basic food in the parents' room, would make a big difference.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Tired neonatal dad',
    tags: {
      good: ['kind-staff'],
      improve: ['food', 'parking'],
      feelings: ['frustrated', 'anxious'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 310,
    responses: [
      {
        responder: 'Neonatal Unit Manager',
        body: `Thank you for your story, and I'm glad your daughter received excellent care. You're absolutely right that parents need looking after too.

Thanks to our hospital charity, mothers who are expressing for a baby on the unit now receive free meal vouchers, and the parents' kitchen is stocked daily with bread, cereal, fruit and snacks. Parents of babies on the unit for more than a week can also get free parking.`,
        changeMarker: 'made',
        daysAfter: 10,
      },
    ],
  },
  {
    codes: ['RXA03-EPU'],
    title: 'Compassion when we lost our baby',
    body: `I had bleeding at nine weeks and went to the Early Pregnancy Unit. The sonographer was gentle and kind when she told us there was no heartbeat. She turned the screen away before she said anything and gave us time.

The nurse who saw us afterwards explained all our options without rushing us, and gave us a leaflet and a direct phone number. We were taken to a quiet room rather than back to the waiting area with other pregnant women. It was the worst news, given in the best possible way.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Forever nine weeks',
    tags: {
      good: ['kind-staff', 'dignity-respected', 'explained-clearly', 'involved-in-decisions'],
      improve: [],
      feelings: ['cared-for', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 208,
    responses: [
      {
        responder: 'Early Pregnancy Unit Lead Nurse',
        body: `We are so sorry for your loss, and thank you for taking the time to write to us at such a difficult time. Please remember you can ring the unit at any time if you have questions or need support, now or in the future.`,
        daysAfter: 2,
      },
    ],
  },
  {
    codes: ['RXA03-EPU'],
    title: 'Told about my miscarriage in a waiting room full of bumps',
    body: `I went to the Early Pregnancy Unit with pain and bleeding. After the scan, the sonographer said "there's nothing there, you've probably miscarried" and sent me back out to the waiting area, which is shared with the antenatal clinic.

I sat there for 45 minutes, sobbing, surrounded by heavily pregnant women, waiting to see a doctor. When the doctor did see me, she told me I might have an ectopic pregnancy and would need blood tests over the next few days. Nobody had mentioned this possibility before, and I was terrified.

The following week I had to come back twice for bloods, each time through the same waiting room. It turned out to be a miscarriage, not an ectopic.

I know the staff are busy, but losing a baby is bad enough without being made to sit among expectant mums, and having your news delivered like a weather report.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Heartbroken',
    tags: {
      good: [],
      improve: ['staff-attitude', 'communication', 'information'],
      feelings: ['upset', 'ignored', 'anxious'],
    },
    status: 'published',
    criticality: 4,
    daysAgo: 395,
    responses: [
      {
        responder: 'Head of Gynaecology Nursing',
        body: `I am so sorry for your loss and for the way you were treated. The way you were told, and being sent back to a shared waiting room, added to your distress at an already devastating time. I sincerely apologise.

We have now moved the Early Pregnancy Unit to its own entrance and waiting area, away from the antenatal clinic, and there is a separate quiet room for anyone who has had difficult news. All sonographers and EPU staff have completed training in breaking bad news, developed together with a pregnancy loss charity.

If you would like to talk to me about your care, please contact PALS and mention this story.`,
        changeMarker: 'made',
        daysAfter: 7,
      },
    ],
  },
  {
    codes: ['RXA03-GYN'],
    title: 'Hysterectomy and a lovely team on the gynae ward',
    body: `I had a hysterectomy after years of heavy bleeding. I was very nervous, but the staff on the Gynaecology Ward were superb. My pain was well controlled, I was helped to get up the next day, and the nurses were always cheerful. The consultant explained what had been removed and what the biopsy results meant. Home after two nights, feeling like a new woman already.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'New woman',
    tags: {
      good: ['pain-well-managed', 'explained-clearly', 'kind-staff'],
      improve: [],
      feelings: ['cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 571,
  },
  {
    codes: ['RXA03-GYN'],
    title: 'Made to feel like a nuisance',
    body: `I was admitted to the Gynaecology Ward for surgery to complete a miscarriage. I was put in a bay with women recovering from other operations, which was hard enough. When I was upset, one of the nurses said "it's very common, you'll be able to try again", and walked off.

The next morning I was discharged with a leaflet and no explanation of what to expect, how much bleeding was normal or who to call. I ended up ringing 111 two days later because I was frightened by how much I was bleeding.

Some of the staff were kind, but I left feeling like I was just a procedure on a list.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Just a procedure',
    tags: {
      good: [],
      improve: ['staff-attitude', 'information', 'discharge'],
      feelings: ['upset', 'ignored'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 146,
    responses: [
      {
        responder: 'Ward Sister, Gynaecology Ward',
        body: `I'm so sorry for your loss, and that you were left feeling this way on our ward. The comment you describe was insensitive and I apologise.

We now make sure that women having surgery after a pregnancy loss are offered a side room wherever possible, and every woman leaves with a written plan covering what to expect, and a direct number for the ward that is answered 24 hours a day.

If you'd like to talk about your care, please contact me through PALS.`,
        changeMarker: 'made',
        daysAfter: 8,
      },
    ],
  },
  {
    codes: ['RXA03-MAT', 'RXA03-MAT-LW'],
    title: 'Our bereavement midwife held us together',
    body: `Our son was stillborn at 37 weeks. I'm writing this because I want the bereavement midwife and the team on the labour ward to know what they did for us, even though I can barely think about that week.

When the scan confirmed he had died, the consultant sat with us and explained what would happen next, slowly and honestly, and answered every question, even the ones we asked twice. We were given time to go home and pack a bag, and to decide what we wanted.

On the labour ward we were given the bereavement suite, which is separate and soundproofed so we didn't have to hear other babies. The bereavement midwife looked after us through the labour. After he was born she helped us bathe and dress him, took photographs and made hand and foot prints. She called him by his name, every time. We were able to keep him with us in a cold cot for two days.

She explained the options about a post-mortem without any pressure, helped us with the paperwork, and rang us at home every week for two months afterwards. She came to his funeral.

Nothing could make this OK, but the way we were cared for has helped us to grieve. I will never forget her kindness.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: "Our little boy's mum",
    tags: {
      good: [
        'kind-staff',
        'dignity-respected',
        'involved-in-decisions',
        'good-aftercare',
        'explained-clearly',
      ],
      improve: [],
      feelings: ['cared-for', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 455,
    responses: [
      {
        responder: 'Bereavement Midwife',
        body: `Thank you for sharing your son's story. It was a privilege to care for you all and to meet him. I think of your family often.

Please know that my door is always open, for as long as you need, including if you're thinking about a future pregnancy. With love.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['RXA03-MAT-LW'],
    title: 'Amazing midwives on the labour ward',
    body: `My labour didn't go to plan and I ended up needing an epidural and forceps. The midwives were calm and encouraging throughout and kept me informed about every decision. I never felt out of control even though things changed. Thank you for helping bring our daughter safely into the world.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Forceps and smiles',
    tags: {
      good: ['involved-in-decisions', 'pain-well-managed', 'kind-staff'],
      improve: [],
      feelings: ['feeling-safe', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 348,
  },
  {
    codes: ['RXA03-MAT-BC'],
    title: 'Second baby, speedy arrival',
    body: `My second labour was very quick. We arrived at the birth centre and my baby was born 40 minutes later! The midwife was unflappable, and the room was calm and lovely. We went home six hours later. Thank you to the Meadow team.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Speedy delivery',
    tags: {
      good: ['kind-staff', 'clean-environment', 'felt-safe'],
      improve: [],
      feelings: ['feeling-safe'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 1, // published today: new in the demo inbox
  },
  {
    codes: ['RXA03-MAT-PN'],
    title: 'Being allowed to stay overnight with my partner and baby',
    body: `I was so pleased to be able to stay overnight on the postnatal ward with my partner after our baby was born. She'd had a long labour and was exhausted, so I did the nappy changes and walked the baby up and down while she slept. The midwives showed me how to bath him and helped us both with feeding. Made such a difference to start as a family.`,
    authorRole: 'relative',
    ageGroup: '25-34',
    nickname: 'Night shift dad',
    tags: {
      good: ['involved-in-decisions', 'explained-clearly'],
      improve: [],
      feelings: ['respected', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 126,
  },
  {
    codes: ['RXA03-MAT-AN'],
    title: 'The diabetes in pregnancy team were brilliant',
    body: `I developed gestational diabetes at 28 weeks and felt like I had failed. The specialist midwife and dietitian at the antenatal clinic were reassuring and practical. They taught me to test my sugars, helped me change my diet, and when I needed insulin they made sure I understood how to use it. I had weekly check-ins by phone. My baby was born healthy and my sugars went back to normal.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Finger-prick pro',
    tags: {
      good: ['explained-clearly', 'good-aftercare', 'listened-to'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 466,
  },
  {
    codes: ['RXA03-MAT'],
    title: 'I was 18 and nobody judged me',
    body: `I got pregnant at 17 and I was scared people would look down on me. My midwife never did. She spoke to me like an adult, explained my choices and let me decide things for myself. She helped me sort out support from a young parents' group and made sure I knew my rights at college.

When my son was born the staff on the ward treated me exactly the same as the older mums. I felt respected and I'm a confident mum now.`,
    authorRole: 'patient',
    ageGroup: '16-24',
    nickname: 'Young mum',
    tags: {
      good: ['involved-in-decisions', 'dignity-respected', 'explained-clearly'],
      improve: [],
      feelings: ['respected', 'feeling-safe'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 533,
    responses: [
      {
        responder: 'Head of Midwifery',
        body: `Thank you for sharing your story. Every parent deserves respect and support, whatever their age, and it's lovely to hear you're a confident mum now. Wishing you and your son all the best.`,
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['RXA03-MAT-PN'],
    title: 'Good midwives, grubby showers',
    body: `The midwives on the postnatal ward were kind and helpful. However, the shower room in my bay wasn't cleaned during the two days I was there. There were used pads in the bin and hair in the plughole. After giving birth you really want to feel clean and it put me off having a shower at all.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Wanted a shower',
    tags: {
      good: ['kind-staff'],
      improve: ['cleanliness'],
      feelings: ['frustrated'],
    },
    status: 'published',
    criticality: 1,
    daysAgo: 187,
    responses: [
      {
        responder: 'Domestic Services Supervisor',
        body: `Thank you for raising this, and I'm sorry the shower room wasn't up to standard. Postnatal shower rooms are now cleaned three times a day, with a sign-off sheet on the door, and patients can ring a number on the sheet if it isn't clean.`,
        changeMarker: 'made',
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RXA03-NNU'],
    title: 'Thank you neonatal team',
    body: `Our little boy spent ten days on the neonatal unit with breathing problems after birth. The staff explained everything, encouraged us to be involved in his care, and were always kind. He's now thriving at home. We can't thank you enough.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Proud parents',
    tags: {
      good: ['explained-clearly', 'involved-in-decisions', 'kind-staff'],
      improve: [],
      feelings: ['grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 658,
  },
  {
    codes: ['RXA03-CH-ED'],
    title: 'Our toddler had a fit and the team were amazing',
    body: `Our 18-month-old had a febrile convulsion at home. It was the most frightening thing we've ever seen and we rang 999. By the time we reached the Children's Emergency Department he had stopped fitting but was very drowsy.

We were seen straight away. The doctor explained that fits with a high temperature are common in toddlers and usually harmless, but that they wanted to find the cause of the fever. The nurses were gentle with him and the play specialist distracted him with bubbles while they took blood.

It turned out to be an ear infection. We went home with antibiotics, a leaflet about febrile convulsions and, most importantly, a plan for what to do if it happened again. We felt listened to, even when we asked the same questions over and over.`,
    authorRole: 'relative',
    ageGroup: '25-34',
    nickname: 'Shaken parents',
    tags: {
      good: ['quick-treatment', 'explained-clearly', 'kind-staff', 'good-aftercare'],
      improve: [],
      feelings: ['reassured', 'relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 52,
    responses: [
      {
        responder: "Nurse in Charge, Children's Emergency Department",
        body: `Thank you for writing to us. Febrile convulsions are terrifying for parents, and asking the same questions lots of times is completely normal — that's what we're here for. I'm glad your little one is on the mend. I'll pass your thanks to the play specialist too; bubbles are one of her secret weapons!`,
        daysAfter: 2,
      },
    ],
  },
  {
    codes: ['RXA03-CH-ED'],
    title: 'Five hours with a poorly baby in a packed waiting room',
    body: `I brought my six-month-old in on a winter evening with a high temperature and a cough. She was triaged fairly quickly, but we then waited five hours to see a doctor in a waiting room packed with coughing children. There was nowhere to change her and I didn't want to leave my seat in case we were called.

She was diagnosed with bronchiolitis and we were sent home with advice. The doctor and nurse were kind and thorough, but the wait was awful. I understand it was a busy night, but some kind of update would have helped.`,
    authorRole: 'relative',
    ageGroup: '25-34',
    nickname: 'First-time mum',
    tags: {
      good: ['kind-staff'],
      improve: ['waiting-times', 'information', 'cleanliness'],
      feelings: ['anxious', 'frustrated'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 319,
    responses: [
      {
        responder: "Matron, Children's Services",
        body: `Thank you for your feedback, and I'm sorry you had such a long wait with your daughter. Winter is our busiest time, with many babies with bronchiolitis, but that doesn't make a long wait any easier.

We have opened an extra children's assessment area on winter evenings, added a baby-change room next to the waiting area and the nurse in charge now updates families in the waiting room every hour.`,
        changeMarker: 'made',
        daysAfter: 9,
      },
    ],
  },
  {
    codes: ['RXA03-CH-W'],
    title: 'Finding out I have type 1 diabetes at 14',
    body: `I'm 14 and I was diagnosed with type 1 diabetes last term. I'd been really thirsty and tired for ages and had lost loads of weight. My mum took me to the GP who sent us straight to the hospital.

I was on the children's ward for four days. At first I was really scared about having to inject myself forever. The diabetes nurse was really nice and didn't treat me like a little kid. She explained everything to me, not just to my mum, and she let me do my first injection myself when I was ready.

The ward had a teenagers' room with a games console and a fridge, which was good because the rest of the ward is quite babyish. The food was OK, the chips were good.

The dietitian showed me how to count carbs using an app, and the team set me up with a sensor on my arm so I don't have to do finger pricks all the time. They also spoke to my school.

I'm doing fine now and I still play netball. If you've just been diagnosed, it gets easier, I promise.`,
    authorRole: 'patient',
    ageGroup: 'under-16',
    nickname: 'Netball girl',
    tags: {
      good: ['explained-clearly', 'involved-in-decisions', 'good-aftercare', 'kind-staff'],
      improve: [],
      feelings: ['reassured', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 170,
    responses: [
      {
        responder: "Children's Diabetes Specialist Nurse",
        body: `Thank you for sharing your story! You were so brave during your stay, and it's brilliant to hear you're still playing netball. Your advice to other young people who've just been diagnosed is spot on. See you at clinic!`,
        daysAfter: 2,
      },
    ],
  },
  {
    codes: ['RXA03-CH-W'],
    title: 'The play specialist who made the cannula bearable',
    body: `My daughter is terrified of needles. When she needed a cannula, the play specialist spent twenty minutes with her beforehand, using a doll to show her what would happen. She used numbing cream and let my daughter choose a sticker for the "brave" bit. During it, she blew bubbles and told a silly story. There were tears, but far fewer than I expected. Thank you for understanding children so well.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Mum of two',
    tags: {
      good: ['kind-staff', 'pain-well-managed', 'explained-clearly'],
      improve: [],
      feelings: ['reassured', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 236,
    responses: [
      {
        responder: "Play Specialist Team, Children's Ward",
        body: `Thank you so much! Your daughter was very brave. We'll make sure the whole play team sees this.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['RXA03-CH-W'],
    title: 'Three nights on a chair and late pain relief',
    body: `My son, who is seven, was admitted to the Children's Ward after an operation on his arm. I stayed with him for three nights on a plastic chair that didn't recline. Parents aren't given any meals, and by the time I could leave him to get food the restaurant was closed.

More importantly, on the second night his pain relief was an hour and a half late because the nurse was busy with a very sick baby. He was screaming and I had to go to the nurses' station twice. When the medicine came, the nurse was apologetic and I could see how stretched they were.

I don't blame the individual nurses. But children's pain should never be left that long, and parents who stay should be looked after a little bit too.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Sleepless mum',
    tags: {
      good: [],
      improve: ['pain-management', 'food', 'continuity-of-care'],
      feelings: ['upset', 'frustrated'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 261,
    responses: [
      {
        responder: "Ward Manager, Children's Ward",
        body: `Thank you for your story, and I'm so sorry your son was left in pain. You're right that children's pain relief should never be delayed like that.

We've looked at how our night staffing works when a child becomes very unwell, and there is now an extra nurse on call to come to the ward if this happens. Our charity has funded fold-out beds for every bedside, and parents staying overnight can now have a free evening meal and breakfast from the ward kitchen.

Please get in touch through PALS if you'd like to talk to me.`,
        changeMarker: 'made',
        daysAfter: 6,
      },
    ],
  },
  {
    codes: ['RXA03-CH-W'],
    title: 'They made adjustments for my autistic son without being asked twice',
    body: `My son is autistic and finds noise, bright lights and changes in routine very hard. When he was admitted with a bad chest infection, the nurse asked about his needs on arrival and gave us a side room at the end of the ward, away from the main corridor.

They dimmed the lights, let him wear his ear defenders, kept the same nurse with him during the day where possible, and told him what was going to happen before it happened. The doctors even let him hold the stethoscope first. He coped far better than I had feared.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Autism mum',
    tags: {
      good: ['listened-to', 'dignity-respected', 'involved-in-decisions'],
      improve: [],
      feelings: ['reassured', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 104,
    hasEmail: true,
    responses: [
      {
        responder: "Ward Manager, Children's Ward",
        body: `Thank you for this lovely feedback. We want every child to feel as comfortable as possible, and parents know their children best. I'm glad your son coped well and is feeling better.`,
        daysAfter: 4,
      },
    ],
  },
  {
    codes: ['RXA03-CH-OP'],
    title: 'Egg allergy food challenge — a great day out (honestly!)',
    body: `Our daughter had a food challenge at the children's allergy clinic to see if she'd outgrown her egg allergy. We were dreading it, but the nurses made it fun with games and stickers and gave her tiny increasing amounts of cake over the morning, checking her each time. She passed! Now she can have birthday cake at parties. Thank you for a life-changing day.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Cake at last',
    tags: {
      good: ['kind-staff', 'felt-safe', 'explained-clearly'],
      improve: [],
      feelings: ['relieved', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 377,
  },
  {
    codes: ['RXA03-CH-OP'],
    title: 'Appointment letters going astray',
    body: `Our son's follow-up letter for the children's clinic went to our old address, even though we'd updated it with the GP and at reception at the last visit. We only found out when we got a letter saying he'd missed his appointment and been discharged. It took several phone calls to get him back on the list. The clinic itself is good.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Moved house',
    tags: {
      good: [],
      improve: ['appointments', 'communication'],
      feelings: ['frustrated'],
    },
    status: 'published',
    criticality: 1,
    daysAgo: 298,
  },
  {
    codes: ['RXA03-CH-ED', 'RXA03-CH-W'],
    title: 'They sent my daughter home and she came back with sepsis',
    body: `I am writing this because I believe my daughter nearly died, and I want to make sure it doesn't happen to another child.

She was four. She had a temperature, she was floppy and she had been vomiting all day. I took her to the Children's Emergency Department in the evening. We waited three hours. The doctor we saw said it was a virus, that her heart rate was high because of the temperature, and that we should give her paracetamol and ibuprofen and take her home. I said she wasn't herself, that she was "not right" in a way I'd never seen before. I was told that was normal with a high temperature.

At 4am she was mottled and wouldn't wake properly. We rang 999. Back at the hospital she was taken straight to resus and diagnosed with sepsis. She had fluids and antibiotics and was later transferred by the specialist transport team to a paediatric intensive care unit in another city, where she spent five days.

She has recovered, and I am grateful every day to the team in resus that night, and to the ward nurses who looked after her when she came back from intensive care. They were wonderful.

But I keep thinking about the first visit. I told them she wasn't right. Her heart rate was high. I don't know whether her observations were repeated before we left, because nobody did them in front of me. I want to know why she was sent home, and I want to know that parents' instincts will be taken seriously.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'A mum who knew',
    tags: {
      good: ['quick-treatment', 'kind-staff'],
      improve: ['communication', 'staff-attitude', 'continuity-of-care'],
      feelings: ['angry', 'upset', 'ignored'],
    },
    status: 'published',
    criticality: 5,
    daysAgo: 228,
    hasEmail: true,
    responses: [
      {
        responder: 'Medical Director',
        body: `Thank you for sharing your daughter's story, and I am so sorry for what you and your family went through. I'm very relieved that she has recovered.

We have started a formal review of your daughter's care during her first visit, including her observations and why she was discharged. You are entitled to see the findings and to be involved in the review, and I would like to offer to meet you in person. Please contact PALS, mention this story, and they will arrange this directly with my office.

Parents and carers know their children best. We are introducing a parent and family escalation line, available 24 hours a day across our children's services, so that any parent who feels their child is getting worse, or that their concerns aren't being heard, can ask for an urgent review by a senior clinician from outside the team caring for their child. We are also making repeat observations mandatory before any child with a fever is discharged from the Children's Emergency Department.

I will update this response when the escalation line goes live.`,
        changeMarker: 'planned',
        daysAfter: 3,
      },
      {
        responder: 'Medical Director',
        body: `As promised, an update: the parent and family escalation line is now live in all our children's services, with posters at every bedside and cubicle. Thank you again for helping us make this change.`,
        changeMarker: 'made',
        daysAfter: 94,
      },
    ],
  },
  {
    codes: ['RXA03-CH-W'],
    title: 'They looked after my mind, not just my body',
    body: `I was admitted to the children's ward when I was 15 because my eating disorder had made me physically unwell. I was angry and didn't want to be there.

The nurses never made me feel like a problem. One of the healthcare assistants would sit with me at mealtimes and talk about anything except food, which helped me get through them. The mental health nurse from the CAMHS team visited most days. They let me have my own duvet and my headphones, and they explained my blood results to me honestly.

I'm 16 now and I'm in recovery. I still remember how kind they were when I wasn't easy to be kind to.`,
    authorRole: 'patient',
    ageGroup: '16-24',
    nickname: 'In recovery',
    tags: {
      good: ['kind-staff', 'dignity-respected', 'explained-clearly', 'listened-to'],
      improve: [],
      feelings: ['cared-for', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 412,
    responses: [
      {
        responder: "Ward Manager, Children's Ward",
        body: `Thank you so much for sharing this. It takes a lot of courage, and it's wonderful to hear you're in recovery. The team were very moved by your words. We wish you every success.`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RXA02'],
    title: "St Aldhelm's still feels like a community hospital",
    body: `I've been coming to St Aldhelm's for various appointments over the past year and I want to say how pleasant it is. The volunteers at the front desk always offer to walk you to where you need to be, the café is reasonably priced and the corridors are clean and bright. Small things, but they add up.`,
    authorRole: 'patient',
    ageGroup: '85+',
    nickname: 'Regular visitor',
    tags: {
      good: ['clean-environment', 'kind-staff'],
      improve: [],
      feelings: ['cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 585,
  },
  {
    codes: ['RXA03'],
    title: 'Parking at the women’s and children’s hospital',
    body: `The care at the Women's and Children's Hospital has always been excellent for our family. But the car park is far too small, and trying to find a space when you're in labour, or with a poorly child, is stressful. The drop-off bays at the front are always full. Please look at this.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Circling the car park',
    tags: {
      good: [],
      improve: ['parking'],
      feelings: ['frustrated'],
    },
    status: 'published',
    criticality: 1,
    daysAgo: 470,
    responses: [
      {
        responder: 'Head of Estates and Facilities',
        body: `Thank you for your feedback. We know parking at the Women's and Children's Hospital is a problem. We've now reserved ten spaces near the maternity entrance for women in labour, with a 20-minute drop-off limit enforced by the security team. A new multi-storey car park has planning permission and is due to open next year.`,
        changeMarker: 'planned',
        daysAfter: 13,
      },
    ],
  },
  {
    codes: ['RXA01-OPD', 'RXA01-RAD'],
    title: 'My urgent cancer referral was lost for nine weeks',
    body: `My GP referred me urgently to the hospital with a lump in my neck, under the pathway that's supposed to mean you're seen within two weeks. After three weeks I'd heard nothing, so I rang. The hospital had no record of the referral.

My GP's surgery resent it. Two more weeks passed. I rang again and was told it had been received but "not yet triaged". I was eventually seen in clinic nine weeks after my GP first referred me, and sent for a scan and biopsy.

It was lymphoma. The treatment team since then have been excellent, and I'm responding well, so this is not about them. But those nine weeks were agony, and I'll never know whether they made a difference.

Nobody from the hospital has ever explained what happened or apologised. I had to chase everything myself, and I'm worried about people who aren't able to do that.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Lost in the system',
    tags: {
      good: [],
      improve: ['appointments', 'communication', 'waiting-times'],
      feelings: ['angry', 'anxious', 'ignored'],
    },
    status: 'published',
    criticality: 4,
    daysAgo: 254,
    responses: [
      {
        responder: 'Director of Operations',
        body: `I am very sorry that your urgent referral was delayed, and that nobody from the hospital explained what had happened or apologised to you. That should have happened, and I apologise now.

We have looked into it. Your first referral was sent to an old email address that we had told GP practices to stop using, but which had not been switched off. We have now closed that address, and every urgent suspected cancer referral is now tracked from the moment it arrives, with a daily check that each one has been booked within 48 hours.

I would like to meet you, if you would find it helpful, to go through what happened. Please contact PALS and mention this story. I'm very glad your treatment is going well.`,
        changeMarker: 'made',
        daysAfter: 8,
      },
    ],
  },
  {
    codes: ['RXA01-ED', 'RXA01-W7'],
    title: 'From A&E to the ward: joined-up care',
    body: `I was admitted with a severe kidney infection. What struck me was how well the different teams worked together. The A&E doctor started my antibiotics quickly and phoned the medical team, who came down to see me within the hour. When I got up to Ward 7, the nurses already knew my history, my allergies and what my family had been told.

The consultant on Ward 7 explained my scan results and the plan for going home on day three, and that's exactly what happened. Discharge letter and tablets ready on time. Well done.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Kidney infection',
    tags: {
      good: ['good-communication', 'quick-treatment', 'explained-clearly'],
      improve: [],
      feelings: ['reassured', 'feeling-safe'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 23,
    responses: [
      {
        responder: 'Ward Manager, Ward 7',
        body: `Thank you for your feedback — it's good to hear how well the handover between teams worked for you. I'll share this with the ED and Ward 7 teams.`,
        daysAfter: 2,
      },
    ],
  },
  {
    codes: ['RXA01-STR', 'RXA01-W12'],
    title: 'Moved four times in one week',
    body: `My father had a small stroke. In seven days he was in four different places: A&E, the Acute Medical Unit, the Stroke Unit and finally Ward 12, where he was put because the Stroke Unit needed his bed.

Every move was at night. Every move meant new staff who didn't know him, and each time he became more confused and agitated. On Ward 12 nobody seemed to know he still needed his swallowing assessment, and he was given a normal meal. His hearing aid went missing on one of the moves.

I understand that beds are under pressure. But for an elderly man after a stroke, being moved repeatedly, especially at night, made him worse, not better.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Trying to keep up',
    tags: {
      good: [],
      improve: ['continuity-of-care', 'communication', 'noise-at-night'],
      feelings: ['frustrated', 'anxious', 'confused'],
    },
    status: 'published',
    criticality: 3,
    daysAgo: 355,
    responses: [
      {
        responder: 'Deputy Chief Nurse',
        body: `I'm sorry for the number of moves your father had and for the confusion and distress they caused. You're right that moving frail older people, especially at night, can make them worse.

We now avoid moving patients between wards after 10pm except for clinical reasons, and every move needs a checklist that includes swallowing plans, hearing aids and other belongings, and a call to the family. Stroke patients who must be cared for outside the Stroke Unit are now visited daily by the stroke team.

Please contact PALS if you'd like to discuss your father's care.`,
        changeMarker: 'made',
        daysAfter: 10,
      },
    ],
  },
  {
    codes: ['RXA02-W5'],
    title: 'What a placement on Ward 5 taught me',
    body: `I'm a student nurse and I've just finished an eight-week placement on Ward 5. I wanted to share something positive because staff rarely hear it.

The team were welcoming from my first day. My practice supervisor took time to explain things, let me take the lead with patients when I was ready, and gave me honest feedback. I watched the sister sit with a frightened patient before his surgery and talk him through it for twenty minutes when she had a hundred other things to do.

It's the kind of nurse I want to be.`,
    authorRole: 'staff',
    ageGroup: '16-24',
    nickname: 'Student nurse',
    tags: {
      good: ['kind-staff', 'good-communication'],
      improve: [],
      feelings: ['grateful', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 140,
    responses: [
      {
        responder: 'Ward Sister, Ward 5',
        body: `What a lovely thing to read. Thank you, and you were a real asset to the team. We'd love to have you back when you qualify!`,
        daysAfter: 1,
      },
    ],
  },
  {
    codes: ['RXA01-AMU'],
    title: 'Looking after my neighbour',
    body: `I'm the neighbour and main contact for an elderly gentleman who has no family nearby. When he was admitted to the Acute Medical Unit, I expected to be told nothing because I'm not a relative. The nurse checked with him that he was happy for me to be kept informed, and then made sure I knew what was going on. They also asked me about his home set-up, which helped with planning his discharge. Very thoughtful.`,
    authorRole: 'other',
    ageGroup: '65-74',
    nickname: 'Next-door neighbour',
    tags: {
      good: ['good-communication', 'involved-in-decisions'],
      improve: [],
      feelings: ['respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 203,
  },
  {
    codes: ['RXA02-DSU'],
    title: 'Reasonable adjustments for my daughter’s dental surgery',
    body: `My adult daughter has a learning disability and autism, and needed dental treatment under general anaesthetic. The Day Surgery Unit let us have the first slot of the day, a quiet side room to wait in and let me stay with her in the anaesthetic room. The anaesthetist gave her a pre-med in a drink so she didn't need a cannula while awake. It all went smoothly and she came home calm. Thank you for thinking about her needs.`,
    authorRole: 'carer',
    ageGroup: '55-64',
    nickname: 'Mum and carer',
    tags: {
      good: ['listened-to', 'dignity-respected', 'involved-in-decisions'],
      improve: [],
      feelings: ['reassured', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 112,
    responses: [
      {
        responder: 'Sister, Day Surgery Unit',
        body: `Thank you for your feedback. Planning ahead with families makes such a difference, and we're so glad your daughter's day went smoothly.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['RXA03-CH-ED'],
    title: 'Trampoline accident, lots of gas and air',
    body: `My son broke his arm falling off a trampoline. The nurse gave him gas and air straight away, which he thought was hilarious, and the X-ray staff were gentle. The doctor explained it all to him in a way a ten-year-old could understand. He got a bright green cast and is now the most popular boy in class.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Trampoline mum',
    tags: {
      good: ['pain-well-managed', 'explained-clearly', 'quick-treatment'],
      improve: [],
      feelings: ['relieved'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 44,
    responses: [
      {
        responder: "Nurse in Charge, Children's Emergency Department",
        body: `Thanks for the lovely feedback! Green is a great choice. Hope his arm heals quickly (and that the trampoline is treated with more respect now!).`,
        daysAfter: 2,
      },
    ],
  },
  {
    codes: ['RXA02-ENT'],
    title: 'Impossible to get my hearing aid repaired',
    body: `My hearing aid stopped working and I needed it repaired. The only option was to post it to the ENT clinic or turn up at a drop-in session that only runs on Tuesday mornings. I rang the number for the audiology team more than twenty times over a week and it was never answered. For someone with hearing loss, phoning isn't easy anyway! In the end I went to the drop-in and queued for an hour. The audiologist was very nice but this needs sorting out.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Hard of hearing',
    tags: {
      good: ['kind-staff'],
      improve: ['appointments', 'communication'],
      feelings: ['frustrated', 'ignored'],
    },
    status: 'published',
    criticality: 2,
    daysAgo: 437,
    responses: [
      {
        responder: 'Audiology Service Lead',
        body: `I'm sorry for the difficulties you had getting your hearing aid repaired. You're absolutely right that a phone line isn't the best way for people with hearing loss to contact us.

You can now request a repair by text message or email, and drop-in sessions run on three days a week, including a Saturday morning. We've also added a call-back service for the phone line.`,
        changeMarker: 'made',
        daysAfter: 14,
      },
    ],
  },
  {
    codes: ['RXA02-ONC'],
    title: 'The cancer information centre helped with the practical stuff',
    body: `When I was diagnosed I had so many questions about money, work and telling the children. The cancer information and support centre next to the day unit helped me with all of it. They helped me apply for benefits, arranged a wig fitting and had a drop-in group where I met other people going through the same thing. It's a hidden gem.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Not alone',
    tags: {
      good: ['good-aftercare', 'explained-clearly'],
      improve: [],
      feelings: ['reassured', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 300,
  },
  {
    codes: ['RXA03-CH-OP'],
    title: 'Getting ready for adult services',
    body: `My son has cystic fibrosis and has been under the children's team since he was a baby. Now he's 16 they've started preparing him to move to the adult clinic. They see him on his own for part of each appointment, explain things directly to him, and we've met the adult team together. It's been handled really sensitively, and he's growing in confidence.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'CF mum',
    tags: {
      good: ['involved-in-decisions', 'good-communication', 'explained-clearly'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 150,
  },
  {
    codes: ['RXA01-CAR'],
    title: 'The heart failure nurse keeps me out of hospital',
    body: `I have heart failure and used to be admitted every few months. Since the heart failure specialist nurse started seeing me, I've learned to weigh myself every day and adjust my water tablets, and she rings me if anything looks wrong. I've not been admitted once this year. She's worth her weight in gold.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Weighs himself daily',
    tags: {
      good: ['good-aftercare', 'explained-clearly', 'involved-in-decisions'],
      improve: [],
      feelings: ['feeling-safe', 'grateful'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 640,
    responses: [
      {
        responder: 'Heart Failure Specialist Nurse Team',
        body: `Thank you! You've done all the hard work by monitoring yourself so carefully. Keep it up.`,
        daysAfter: 3,
      },
    ],
  },
  {
    codes: ['RXA02-EYE'],
    title: 'Patient orthoptist with my little one',
    body: `My four-year-old has a squint and has to wear a patch. The orthoptist at the Eye Clinic was brilliant with her, made the tests into games, and gave her a sticker chart for wearing her patch. She now asks to go to "the eye lady". Thank you.`,
    authorRole: 'relative',
    ageGroup: '25-34',
    nickname: 'Patch pirate mum',
    tags: {
      good: ['kind-staff', 'explained-clearly'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 86,
  },
  {
    codes: ['RXA02-ORTH'],
    title: 'Fracture clinic by phone saved me two trips',
    body: `I broke a small bone in my foot and was expecting to spend a morning in fracture clinic. Instead a specialist physiotherapist from the orthopaedic team rang me two days after my A&E visit. She had already looked at my X-ray with a consultant, explained that it would heal on its own in a walking boot, and told me exactly what to expect week by week.

She posted me a leaflet with exercises and a phone number in case it got worse. I didn't need to take any more time off work and it healed just as she said it would. Very impressed.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Boot wearer',
    tags: {
      good: ['explained-clearly', 'good-aftercare', 'quick-treatment'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 134,
    responses: [
      {
        responder: 'Clinical Lead, Trauma and Orthopaedics',
        body: `Thank you for your feedback. Our virtual fracture clinic was set up so that people with simple injuries don't have to make unnecessary trips to hospital, so it's really good to hear it worked well for you. Glad the foot has healed.`,
        daysAfter: 5,
      },
    ],
  },
  {
    codes: ['RXA02-ENT'],
    title: 'Finally someone took my tinnitus seriously',
    body: `I've had ringing in my ears for years and had been told by several people that there was nothing to be done. The audiologist at the ENT clinic spent a long time with me, tested my hearing properly and found some hearing loss I didn't know about. I now have hearing aids with a sound generator built in, and a list of things that help. The ringing is still there but it no longer rules my life.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Ringing less',
    tags: {
      good: ['listened-to', 'explained-clearly', 'good-aftercare'],
      improve: [],
      feelings: ['relieved', 'respected'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 676,
  },
  {
    codes: ['RXA03-EPU'],
    title: 'A reassurance scan after two losses',
    body: `After two miscarriages I was terrified when I found out I was pregnant again. The Early Pregnancy Unit offered me reassurance scans at seven and nine weeks. The nurse remembered me from before and made sure I could wait in the quiet room rather than the main waiting area. When the sonographer found the heartbeat she turned the screen towards me straight away, before I'd even had time to panic. I cried happy tears this time. Thank you for understanding.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Third time hopeful',
    tags: {
      good: ['kind-staff', 'dignity-respected', 'listened-to'],
      improve: [],
      feelings: ['reassured', 'relieved', 'cared-for'],
    },
    status: 'published',
    criticality: 0,
    daysAgo: 47,
    hasEmail: true,
    responses: [
      {
        responder: 'Early Pregnancy Unit Lead Nurse',
        body: `Thank you so much for letting us know, and congratulations. We know how anxious a pregnancy after loss can be, and we're glad the quiet room and the reassurance scans helped. Wishing you all the very best for the months ahead.`,
        daysAfter: 2,
      },
    ],
  },
  // ---- Awaiting moderation: some contain details a moderator must remove ----
  {
    codes: ['RXA01-W7'],
    title: 'Thank you to the night team on Ward 7',
    body: `I just wanted to say thank you to the night staff on Ward 7 who looked after me last week when I was admitted with pneumonia. I was very breathless and frightened on the first night and the staff nurse stayed with me while the oxygen was sorted out.

If the nurse who looked after me wants to get in touch, my mobile is 07700 900123 — I'd love to thank her properly. Please pass this on.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Breathing easier',
    tags: {
      good: ['kind-staff', 'felt-safe'],
      improve: [],
      feelings: ['grateful', 'reassured'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 1,
    hasEmail: true,
  },
  {
    codes: ['RXA02-W3'],
    title: 'Can someone tell me when my follow-up is?',
    body: `I had my knee replaced on Ward 3 and the care was good, the physios were great and I was home in two days.

But I was told I'd get a follow-up appointment at six weeks and it's now been nine weeks and I've heard nothing. I've tried ringing and nobody answers. Could someone from the orthopaedic team please email me at knee.patient.1958@example.com to let me know what's happening? I've still got quite a lot of swelling and I'm getting worried.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Waiting on my knee',
    tags: {
      good: ['good-aftercare'],
      improve: ['appointments', 'communication'],
      feelings: ['anxious', 'frustrated'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 2,
  },
  {
    codes: ['RXA01-ED'],
    title: 'Sent home from A&E with a broken foot',
    body: `I went to A&E after dropping a heavy box on my foot. I was X-rayed and told it was bruised and sent home. A week later I got a phone call saying the radiologist had looked at the X-ray and there was a fracture after all, and I needed to come back to fracture clinic.

I'd been walking on it for a week. I'm grateful someone checked, but I'd like to know how it was missed. My NHS number is 943 476 5919 if anyone wants to look at my records and explain it to me.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Hobbling',
    tags: {
      good: [],
      improve: ['communication', 'information'],
      feelings: ['frustrated', 'confused'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 3,
    hasEmail: true,
  },
  {
    codes: ['RXA01-STR'],
    title: 'The doctor on the stroke unit was rude to my mother',
    body: `My mother was admitted to the Stroke Unit last month. Most of the staff were lovely. But Dr Patel, the doctor on the ward round, was abrupt and dismissive. When my mother tried to ask whether she would be able to drive again, he said "I haven't got time for that now" and walked off to the next bed. She was in tears.

She is a retired teacher and she is perfectly capable of understanding her own condition if someone takes a few minutes to explain. She deserved better than that.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Protective daughter',
    tags: {
      good: ['kind-staff'],
      improve: ['staff-attitude', 'communication'],
      feelings: ['angry', 'upset'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 4,
    hasEmail: true,
  },
  {
    codes: ['RXA01-DL'],
    title: 'Hospital transport took me to the wrong house',
    body: `I was discharged from the discharge lounge at Riverside General and waited three hours for transport home. When it came, the driver had the wrong address, and we drove around for forty minutes before I could make him understand. I live at 14 Mill Lane, RV2 6PL, which has been my address for thirty years and is on all my letters.

By the time I got in it was dark and my heating had gone off. The staff in the lounge were kind but somebody should have checked my address properly.`,
    authorRole: 'patient',
    ageGroup: '85+',
    nickname: 'Home at last',
    tags: {
      good: ['kind-staff'],
      improve: ['discharge', 'information'],
      feelings: ['frustrated', 'confused'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 5,
  },
  {
    codes: ['RXA01-W12'],
    title: 'Left in pain all night on Ward 12',
    body: `On the night of 14 March my father, who is 89, was in a lot of pain after a fall on Ward 12. He pressed his buzzer for over an hour. When the nurse finally came, Staff Nurse Karen Whitlock told him he'd have to wait for the doctor and that she couldn't give him anything.

He didn't see a doctor until the morning, when an X-ray showed he had broken his wrist. I don't understand why he was left all night without pain relief or an X-ray. I'm disgusted with the way he was treated.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Disgusted son',
    tags: {
      good: [],
      improve: ['pain-management', 'staff-attitude', 'waiting-times'],
      feelings: ['angry', 'upset'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 2,
    hasEmail: true,
  },
  {
    codes: ['RXA01-ED'],
    title: 'WORST NIGHT OF MY LIFE IN A&E',
    body: `I WAITED ELEVEN HOURS IN A&E WITH MY ELDERLY MOTHER. ELEVEN HOURS. NO FOOD, NO DRINK, NO UPDATES. WHEN I ASKED AT THE DESK I WAS TOLD TO SIT DOWN.

It is bloody disgraceful that an 87-year-old woman is left sitting on a plastic chair all night. When she was finally seen the doctor was good, I'll give them that. But the wait was inhumane.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Fuming',
    tags: {
      good: [],
      improve: ['waiting-times', 'communication', 'food'],
      feelings: ['angry', 'frustrated'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 0,
  },
  {
    codes: ['RXA02-W5'],
    title: 'I want this treated as a formal complaint',
    body: `I want this to be treated as a formal complaint and investigated. After my gallbladder operation on Ward 5 I developed a wound infection that was not picked up for three days despite me telling the nurses it was red and hot. I ended up back in theatre.

I have spoken to a solicitor and I expect a full written response from the chief executive within 20 working days.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: 'Wants answers',
    tags: {
      good: [],
      improve: ['communication', 'staff-attitude'],
      feelings: ['angry', 'ignored'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 6,
    hasEmail: true,
  },
  {
    codes: ['RXA01-W12'],
    title: 'Mum is worried about going home',
    body: `My mum has been on Ward 12 for two weeks and the nurses have been lovely to her. But she has told me, and she has told one of the nurses, that she's frightened of going home because the man who lodges with her has been taking money from her purse and shouting at her when she asks about it.

I don't live nearby and I don't know what to do. The ward are talking about sending her home on Friday. Is anyone going to do anything about this before she goes back?`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Worried from a distance',
    tags: {
      good: ['kind-staff'],
      improve: ['discharge', 'communication'],
      feelings: ['anxious', 'upset'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 1,
    hasEmail: true,
  },
  {
    codes: ['RXA03-MAT-PN'],
    title: 'Lovely midwives on the postnatal ward',
    body: `Just a quick note to say how kind the midwives were on the postnatal ward after our baby girl arrived. They helped with feeding and with the car seat, and the support worker on nights brought me toast at 3am. Thank you all.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Toast at 3am',
    tags: {
      good: ['kind-staff', 'good-aftercare'],
      improve: [],
      feelings: ['grateful', 'cared-for'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 3,
  },
  {
    codes: ['RXA02-ENDO'],
    title: 'Bowel prep instructions were confusing',
    body: `The endoscopy team were great on the day of my colonoscopy. However the bowel preparation instructions that came in the post contradicted the sheet inside the box of medicine — one said start at 4pm, the other said 6pm — and the helpline closed at 5pm so I couldn't ask. I guessed and it was fine, but it caused a lot of worry. Could the letters be updated?`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Confused by the leaflet',
    tags: {
      good: ['kind-staff'],
      improve: ['information'],
      feelings: ['confused', 'anxious'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 7,
  },
  {
    codes: ['RXA03-CH-W'],
    title: 'The nurses on Rainbow Ward were superstars',
    body: `My little boy was in for three nights with croup. The nurses were so good with him, they let him choose the colour of his wristband and gave him a certificate for being brave when he went home. I was given a fold-out bed and a meal every evening which I wasn't expecting. Great care.`,
    authorRole: 'relative',
    ageGroup: '25-34',
    nickname: 'Croup mum',
    tags: {
      good: ['kind-staff', 'good-food'],
      improve: [],
      feelings: ['cared-for'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 4,
    hasEmail: true,
  },
  {
    codes: ['RXA02-PHY'],
    title: 'Physio appointments only during working hours',
    body: `I've been referred for physio after a knee injury, but all the appointments are between 9 and 4 on weekdays. I work shifts and can't keep taking time off. Are there any evening or weekend appointments, or could some of it be done by video call? The physio I saw was very helpful, it's just the timing.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Shift worker',
    tags: {
      good: ['kind-staff'],
      improve: ['appointments'],
      feelings: ['frustrated'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 8,
  },
  {
    codes: ['RXA01-CCU'],
    title: 'My husband had his heart attack on our anniversary',
    body: `My husband had a heart attack on our 40th wedding anniversary, 2 June, at the restaurant. The paramedics were incredible and so was the team on the Coronary Care Unit. The consultant, Dr Sarah Okafor, explained everything so kindly, and the nurses even brought us a slice of cake the next day when they found out. He's recovering well. We'll never forget it.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'Ruby wedding',
    tags: {
      good: ['kind-staff', 'explained-clearly', 'quick-treatment'],
      improve: [],
      feelings: ['grateful', 'relieved'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 9,
    hasEmail: true,
  },
  {
    codes: ['RXA02-EYE'],
    title: 'Macular injections — quick and well run',
    body: `I have injections in my eye every eight weeks for macular degeneration. The clinic is like clockwork now. I'm in and out in under an hour, the nurse who does the injections is very skilled, and they always ring the week before to remind me. It used to be much worse, so well done to whoever reorganised it.`,
    authorRole: 'patient',
    ageGroup: '75-84',
    nickname: 'Every eight weeks',
    tags: {
      good: ['quick-treatment', 'good-communication'],
      improve: [],
      feelings: ['reassured'],
    },
    status: 'pending',
    criticality: null,
    daysAgo: 10,
  },
  // ---- Claimed by a moderator ----
  {
    codes: ['RXA01-AMU'],
    title: 'Becky on the acute medical unit was a star',
    body: `I was admitted to the Acute Medical Unit with a bad asthma attack. The nurse looking after me, Becky, was brilliant. She spotted that my inhaler technique was all wrong and spent time showing me how to use a spacer properly. I haven't needed my reliever nearly as much since. Thank you Becky and the team.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Wheezy no more',
    tags: {
      good: ['kind-staff', 'explained-clearly', 'good-aftercare'],
      improve: [],
      feelings: ['grateful'],
    },
    status: 'in_review',
    criticality: null,
    daysAgo: 2,
  },
  {
    codes: ['RXA01-RAD'],
    title: 'Ultrasound cancelled while I was in the waiting room',
    body: `I took a day's unpaid leave for an ultrasound scan at Riverside General. I'd been waiting about 30 minutes when a receptionist came out and told me and three other people that our scans were cancelled because of staff sickness, and that we'd get a new date in the post. No apology, no explanation of how long the new wait would be. I understand people get ill, but surely they knew before we'd all arrived.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Wasted day',
    tags: {
      good: [],
      improve: ['appointments', 'communication'],
      feelings: ['frustrated', 'angry'],
    },
    status: 'in_review',
    criticality: null,
    daysAgo: 3,
    hasEmail: true,
  },
  {
    codes: ['RXA03-MAT-LW'],
    title: 'Induction took three days and nobody explained why',
    body: `I was induced at 41 weeks. I was told it could take a while, but nobody told me it could take three days. I spent most of that time on the antenatal ward, being examined and then told to wait because the labour ward was too busy to take me for my waters to be broken.

My partner was sent home every night. On the third day I was finally moved to the labour ward, and from then on the care was fantastic: my midwife was brilliant and our baby was born safely.

But the days before felt like being forgotten. I'd like women to be told honestly how long induction can take and why there are delays.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Induced and exhausted',
    tags: {
      good: ['kind-staff'],
      improve: ['information', 'waiting-times', 'communication'],
      feelings: ['frustrated', 'ignored', 'relieved'],
    },
    status: 'in_review',
    criticality: null,
    daysAgo: 5,
  },
  {
    codes: ['RXA02-PAL'],
    title: 'The palliative team supported Dad and all of us',
    body: `The palliative care team supported my dad through his last weeks on Ward 5. They helped control his breathlessness and agitation, and they made time for each of us, including my teenage daughter, to ask questions. They arranged for our dog to visit him. He died peacefully. Thank you.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Eldest daughter',
    tags: {
      good: ['pain-well-managed', 'good-communication', 'dignity-respected'],
      improve: [],
      feelings: ['cared-for', 'grateful'],
    },
    status: 'in_review',
    criticality: null,
    daysAgo: 6,
    hasEmail: true,
  },
  {
    codes: ['RXA01-OPD'],
    title: 'Phone appointment never came',
    body: `I was booked for a telephone appointment with the diabetes clinic between 9 and 12. I stayed in all morning with my phone in my hand. Nobody called. When I rang in the afternoon I was told the doctor had "tried" but the number on the system was an old landline. I'd updated it twice. Now I have to wait another three months.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Phone in hand',
    tags: {
      good: [],
      improve: ['appointments', 'communication'],
      feelings: ['frustrated'],
    },
    status: 'in_review',
    criticality: null,
    daysAgo: 1,
  },
  // ---- Held: serious stories, giving the provider time before publication ----
  {
    codes: ['RXA02-W5'],
    title: 'My husband died after his operation and we still have no answers',
    body: `My husband went into St Aldhelm's for what we were told was a routine bowel operation. Two days later he became confused and his stomach was swollen and hard. I told the nurses on Ward 5 that something was badly wrong. I was told he was "just a bit post-op" and that the doctors would see him on the morning round.

Overnight his blood pressure dropped. He was taken back to theatre in the early hours and had a leak from the join in his bowel. He went to intensive care and died four days later.

I sat by his bed and told them he was getting worse. I don't understand why nobody acted sooner. The intensive care staff were kind and honest with me, but nobody from the surgical team has explained what happened on the ward.

I'm writing this because I want them to know that I was there, I saw it, and I said so.`,
    authorRole: 'relative',
    ageGroup: '65-74',
    nickname: 'Widow',
    tags: {
      good: [],
      improve: ['communication', 'continuity-of-care', 'staff-attitude'],
      feelings: ['upset', 'angry', 'ignored'],
    },
    status: 'held',
    criticality: 5,
    daysAgo: 12,
    hasEmail: true,
  },
  {
    codes: ['RXA03-MAT-AN'],
    title: 'Reduced movements, sent home twice',
    body: `At 36 weeks I noticed my baby was moving much less. I went to the maternity assessment unit twice in one week. Each time I was put on the monitor for twenty minutes, told the trace was fine, and sent home with a leaflet about movements. Nobody offered a scan.

The third time, the midwife couldn't find a heartbeat. Our daughter was delivered by emergency caesarean and spent two weeks in the neonatal unit. She is doing well now, but we've been told she may have long-term problems.

I've since read that repeated reduced movements should lead to a scan. I want to know why that didn't happen.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Trusted my instincts',
    tags: {
      good: [],
      improve: ['information', 'continuity-of-care'],
      feelings: ['anxious', 'ignored', 'upset'],
    },
    status: 'held',
    criticality: 4,
    daysAgo: 9,
    hasEmail: true,
  },
  {
    codes: ['RXA01-ED'],
    title: 'My grandad was found on the floor of his cubicle',
    body: `My grandad, who is 92 and has dementia, was brought into A&E after a fall at home. We were told to go home and get some rest as he'd be admitted. The next morning we found out he'd been found on the floor of his cubicle at 3am, having climbed over the trolley side. He'd broken his hip.

He had been assessed as being at high risk of falls on arrival. He should never have been left alone. He's now had surgery and is very confused and unwell. We are devastated and want an explanation.`,
    authorRole: 'relative',
    ageGroup: '25-34',
    nickname: 'Grandson',
    tags: {
      good: [],
      improve: ['continuity-of-care', 'communication'],
      feelings: ['angry', 'upset'],
    },
    status: 'held',
    criticality: 4,
    daysAgo: 15,
  },
  {
    codes: ['RXA03-CH-W'],
    title: 'My son was given ten times the right dose',
    body: `My two-year-old was on the children's ward with a chest infection. On the second night I noticed the syringe of medicine the nurse was about to give him looked much fuller than usual. I asked and she checked, and it turned out the dose had been written up wrongly by the doctor, ten times too much. She apologised and didn't give it.

I'm glad I spoke up, but what if I'd been asleep? And I found out the next day that he'd already had one dose at that strength that morning. He needed blood tests and monitoring for 24 hours. Thankfully he seems OK. I want to know how this happened and what will stop it happening again.`,
    authorRole: 'relative',
    ageGroup: '25-34',
    nickname: 'Watching every dose now',
    tags: {
      good: [],
      improve: ['communication', 'information'],
      feelings: ['anxious', 'angry', 'upset'],
    },
    status: 'held',
    criticality: 4,
    daysAgo: 6,
    hasEmail: true,
  },
  // ---- Rejected ----
  {
    codes: ['RXA'],
    title: 'The NHS is finished',
    body: `Successive governments have run the NHS into the ground and everyone knows it. Managers on six-figure salaries while nurses use food banks. Until the whole system is scrapped and started again nothing is going to change, so what's the point of any of this?`,
    authorRole: 'other',
    ageGroup: '55-64',
    nickname: 'Taxpayer',
    tags: { good: [], improve: [], feelings: ['angry'] },
    status: 'rejected',
    criticality: 2,
    daysAgo: 143,
    rejectionReason:
      'Thank you for writing. Stories on Heard need to be about your own or a loved one’s experience of care at a particular service. This is a general comment about NHS policy, so we are unable to publish it. You are very welcome to tell us about any care you have received.',
  },
  {
    codes: ['RXA03-MAT-LW'],
    title: 'The birth of my first child',
    body: `My first child was born on the labour ward back in 2016. I was left on my own for most of my labour and my husband was sent out of the room for the delivery. I still think about it now that I'm pregnant again and I'm frightened of going back.`,
    authorRole: 'patient',
    ageGroup: '35-44',
    nickname: 'Pregnant again',
    tags: { good: [], improve: ['continuity-of-care', 'communication'], feelings: ['anxious', 'upset'] },
    status: 'rejected',
    criticality: 3,
    daysAgo: 212,
    hasEmail: true,
    rejectionReason:
      'Thank you for sharing this. We can only publish stories about care received in the last three years, so we can’t publish this one. Because you are pregnant again, the maternity unit offers a Birth Reflections appointment where a senior midwife can go through what happened and help plan your next birth — your community midwife can refer you.',
  },
  {
    codes: ['RXA02-W3'],
    title: 'Formal complaint and legal claim regarding my hip surgery',
    body: `This is a formal complaint. Following my hip replacement on Ward 3 I was left with one leg shorter than the other. My solicitors have written to the trust. I require copies of all my records, the names of every member of staff involved and a written explanation from the surgeon. I will also be contacting the newspapers.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Legal action pending',
    tags: { good: [], improve: ['communication'], feelings: ['angry'] },
    status: 'rejected',
    criticality: 4,
    daysAgo: 320,
    hasEmail: true,
    rejectionReason:
      'We are sorry to hear about your experience. Because you are making a formal complaint and a legal claim, the right route is the trust’s complaints team (through PALS), who must respond to you in writing; we can’t handle complaints or legal requests here. Once the complaint process is finished you are welcome to tell your story about your care.',
  },
  {
    codes: ['RXA01-W7'],
    title: 'Thank you to the night nurse who sat with Mum (again)',
    body: `My mum was on Ward 7 with sepsis and the night nurse sat with her and held her hand until she fell asleep. I wanted to say thank you again, in case my first message didn't go through.`,
    authorRole: 'relative',
    ageGroup: '55-64',
    nickname: 'Grateful daughter',
    tags: { good: ['kind-staff'], improve: [], feelings: ['grateful'] },
    status: 'rejected',
    criticality: 0,
    daysAgo: 63,
    hasEmail: true,
    rejectionReason:
      'Thank you! Your first story did reach us and has been published, so we have not published this copy. The ward team have seen your kind words.',
  },
  {
    codes: ['RXA02'],
    title: 'test',
    body: `Testing the story form on the St Aldhelm's website to check the widget is working. Please ignore and do not publish.`,
    authorRole: 'staff',
    ageGroup: '35-44',
    nickname: 'Web team test',
    tags: { good: [], improve: [], feelings: [] },
    status: 'rejected',
    criticality: 0,
    daysAgo: 390,
    rejectionReason: 'Test submission — not a story about care.',
  },
  {
    codes: ['RXA01'],
    title: 'My GP surgery never answers the phone',
    body: `Every morning at 8am I ring my GP surgery and I'm 30th in the queue, and by the time I get through there are no appointments left. In the end I went to A&E at Riverside General because I couldn't get seen anywhere else. The hospital were fine but my surgery is hopeless.`,
    authorRole: 'patient',
    ageGroup: '45-54',
    nickname: '8am redialler',
    tags: { good: [], improve: ['appointments'], feelings: ['frustrated'] },
    status: 'rejected',
    criticality: 2,
    daysAgo: 97,
    hasEmail: true,
    rejectionReason:
      'Thank you for writing. This story is mainly about your GP surgery rather than the hospital, and your GP surgery is not one of the services this story was sent to. Please resubmit it and choose your GP practice as the service — and if you’d like to tell us about your visit to A&E, we would be glad to hear about that too.',
  },
  {
    codes: ['RXA02-PHY'],
    title: 'Fed up of waiting for NHS physio? Try us',
    body: `Fed up of waiting months for NHS physiotherapy at St Aldhelm's? Our private clinic offers same-week appointments with experienced physiotherapists, evening and weekend sessions available. Visit our website for 20% off your first session!`,
    authorRole: 'other',
    nickname: 'Physio clinic',
    tags: { good: [], improve: ['waiting-times'], feelings: [] },
    status: 'rejected',
    criticality: 1,
    daysAgo: 256,
    rejectionReason: 'Advertising — not an experience of care.',
  },
  {
    codes: ['RXA01-ED'],
    title: 'Incompetent staff who should be struck off',
    body: `Every member of staff in that A&E is lazy and incompetent. The receptionist with the red hair who works nights is a disgrace and should be sacked. The doctor was clearly drunk. I'm going to find out all of their names and post them online so everyone knows.`,
    authorRole: 'relative',
    nickname: 'Had enough',
    tags: { good: [], improve: ['staff-attitude'], feelings: ['angry'] },
    status: 'rejected',
    criticality: 5,
    daysAgo: 188,
    hasEmail: true,
    rejectionReason:
      'We’re sorry you had a bad experience. We can’t publish this story because it identifies individual staff and makes allegations that we can’t edit out without losing its meaning. If you would like to tell us what happened during your visit — what care you or your relative received and how it felt — we would be glad to publish that. Serious concerns about staff conduct can be raised with PALS.',
  },
  // ---- Withdrawn by the author after publication ----
  {
    codes: ['RXA01-W7'],
    title: 'Disappointed with the discharge process',
    body: `I was discharged from Ward 7 without my medicines and had to come back the next day to collect them. Nobody explained my new tablets and my GP hadn't received a letter when I went to see him a week later.`,
    authorRole: 'patient',
    ageGroup: '65-74',
    nickname: 'Came back for my tablets',
    tags: { good: [], improve: ['discharge', 'information'], feelings: ['frustrated'] },
    status: 'withdrawn',
    criticality: 2,
    daysAgo: 274,
    hasEmail: true,
  },
  {
    codes: ['RXA03-GYN'],
    title: 'Kind care on the gynae ward',
    body: `I had a short stay on the Gynaecology Ward after surgery for endometriosis. The nurses were gentle and kind and made sure my pain was under control. I felt very well looked after.`,
    authorRole: 'patient',
    ageGroup: '25-34',
    nickname: 'Endo warrior',
    tags: { good: ['kind-staff', 'pain-well-managed'], improve: [], feelings: ['cared-for'] },
    status: 'withdrawn',
    criticality: 0,
    daysAgo: 488,
  },
  {
    codes: ['RXA02-ONC'],
    title: 'Chemo delays are getting worse',
    body: `Over the last three cycles my chemotherapy has been delayed on the day by three to four hours each time because of pharmacy. The nurses are doing their best but it's exhausting.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Cycle five',
    tags: { good: ['kind-staff'], improve: ['waiting-times'], feelings: ['frustrated'] },
    status: 'withdrawn',
    criticality: 1,
    daysAgo: 160,
    hasEmail: true,
  },
  // ---- Hidden by a moderator after publication ----
  {
    codes: ['RXA01-ICU'],
    title: 'Dad’s last days in intensive care',
    body: `Our father spent his last days in the intensive care unit. We felt the doctors didn't communicate with us well at first, and we had to ask several times for a family meeting. Once it happened, the consultant was honest and kind, and the nurses looked after Dad with great dignity at the end.`,
    authorRole: 'relative',
    ageGroup: '45-54',
    nickname: 'Middle child',
    tags: {
      good: ['dignity-respected'],
      improve: ['communication'],
      feelings: ['upset', 'cared-for'],
    },
    status: 'hidden',
    criticality: 2,
    daysAgo: 350,
    hiddenReason:
      'Hidden at the request of another member of the patient’s family, who had not agreed to the story being shared.',
  },
  {
    codes: ['RXA02-MIU'],
    title: 'Rude receptionist at the minor injuries unit',
    body: `The receptionist on the Saturday evening shift at the minor injuries unit was rude and dismissive to me and my son, and rolled her eyes when I asked how long the wait would be. The nurse we saw afterwards was lovely.`,
    authorRole: 'relative',
    ageGroup: '35-44',
    nickname: 'Saturday evening',
    tags: { good: ['kind-staff'], improve: ['staff-attitude'], feelings: ['upset'] },
    status: 'hidden',
    criticality: 3,
    daysAgo: 205,
    hiddenReason:
      'Hidden because new information shows that details in this story could identify a member of staff. The author has been invited to edit and resubmit it.',
  },
  {
    codes: ['RXA01-OPD'],
    title: 'Outpatients running late again',
    body: `Yet again my clinic appointment was over an hour late and there was no information at the desk about the delay. This has happened at my last three appointments.`,
    authorRole: 'patient',
    ageGroup: '55-64',
    nickname: 'Regular patient',
    tags: { good: [], improve: ['waiting-times', 'information'], feelings: ['frustrated'] },
    status: 'hidden',
    criticality: 1,
    daysAgo: 433,
    hiddenReason: 'Hidden because it repeated another story by the same author about the same visit.',
  },
]
