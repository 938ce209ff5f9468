"""What explains or undoes a red flag: a passing cause (a long drive, the gym), what explains a
small leak (a sneeze), whose accident it was (a toddler's, the dog's), the patient's own doubt
about a cause, and a clause saying it is over. `triage` decides what each may explain.

Same format as `triage_words` (entries separated by "|", `*` for any ending).
"""

from __future__ import annotations

from bot.understanding.triage_tags import Tag
from bot.understanding.triage_tags import words as _words

CAUSE_WORDS: dict[Tag, tuple[str, ...]] = {
    Tag.IDIOM: _words(
        "gym | workout | spin class | spinning class | leg day | squats | marathon | long drive | long drives | "
        "long ride | long rides | bike ride | bike rides | cycling | on a bike | on my bike | long flight | "
        "long haul | long journey | long car journey | driving for hours | drinking | drunk last night | night out | "
        "pint | pints | hangover | film | movie | hours sitting | sitting for hours | sat for hours | "
        "sitting too long | sat too long | after sitting | hard chair | hard seat | pub | turned to jelly | jk | "
        "just kidding | kidding | pain in the neck | pain in the bum | pain in the arse | pain in the backside | "
        "when i sit for | if i sit for | sitting a long time | sat a long time | pins and needles in my foot | "
        "dead leg | dead legs | football | after the train | on the train | on the bus | after the flight | "
        "on a plane | cinema | theatre | concert | festival | long meeting | exam | squat | deadlift | "
        "horse riding | riding | when i sit too long | desk all day | at my desk | after a long | gone to jelly | "
        "go to jelly | at the thought | thought of needles | meeting | sat through | sit through | sitting through | "
        "from sitting | match | parkrun | after a run | jog | jogging | after my run | football practice | "
        "5 a side | flight back | flight home | flight to | hour flight | on the plane | plane | climbing | hike | "
        "hiking | hill walking | fell walking | after a long walk | zumba | aerobics | exercise class | "
        "dance class | dancing | spin | ultra | ultramarathon | half marathon | hard bench | hard benches | "
        "benches | flew | flew back | flew home | those seats | plane seats | stadium seats | decorating | "
        "all weekend | where the needles went in | after my session | after the session | after acupuncture | "
        "from the needles | cross legged | sitting cross legged | during the session | in the session | long shift | "
        "12 hour shift | night shift | on my feet all day | on my feet for | kneeling | kneeling down | knelt | "
        "blood pressure tablets | bp tablets | blood pressure pills | blood pressure meds | antidepressants | "
        "beta blockers | side effect of | side effects of | ice pack | an ice pack | side effect | "
        "known side effect | common side effect | a side effect | side effects | gp says its the | gp said its the | "
        "says its the tablets | its the tablets | the tablets | bisoprolol | sertraline | statin | statins | "
        "ski trip | skiing | tough mudder | sponsored walk | ramblers | laying a patio | dancing all night | "
        "12 hour shifts | long shifts | night shifts | on my feet all night | hour drive | hours drive | "
        "hour journey | hours in the car | hour car journey | only joking | only jokin | just joking | "
        "in the motor | metal chairs | plastic chairs | waiting room chairs | off the bike | got off the bike | "
        "saddle sore | rubbish saddle | on the saddle | new boots | tight boots | boots all day | office chair | "
        "digging in | coach trip | coach journey | hour coach | on the coach | "
        "on the drive | the drive to | the drive home | the drive back | church pew | pew | pews | "
        "sitting on my foot | sat on my foot | tens pad | tens machine"
    ),
    Tag.EXERTION: _words(
        "shifts | shift work | on my feet | on my feet all day | steps | 20k steps | 10k steps | walking all day | "
        "long day | cycled | hiked | walked miles | miles | 100k | 50k | 10k | a 10k | weeks pregnant | pregnant | "
        "pregnancy | the bump | my bump | ramblers | a long walk | long walks | up and down | stairs all day | "
        "ladders | moving house | the move | lifting | heavy lifting | doms | after work | at work | warehouse | "
        "building site | gardening | digging | sportive | great north run | race | 5k | a 5k | my first 10k | "
        "walking round | theme park | alton towers | on my feet for 12 hours | half marathon | the walk | "
        "from the walk | after the walk | "
        "standing all day | stood all day | standing for hours | stood for hours | in heels | "
        "wearing heels"
    ),
    Tag.LEAK_CAUSE: _words(
        "sneez* | coughing fit | cough* | makes me want to | want to wet | could wet myself | when i cough | "
        "when i sneeze | when i laugh | jumping | trampoline | skipping | nearly wet myself | almost wet myself | "
        "nearly peed myself | almost peed myself | nearly wee myself | nearly weed myself | nearly wet | "
        "almost wet | dreaming | dreamt | dreamed | in my dream | a dream | laughing | laughing so hard | "
        "laughed so hard | laughed so much | when i laughed | from laughing | while laughing | laughing fit | "
        "belly laugh | laughed too hard | baby kicks | kicks my bladder | baby kicking | pressing on my bladder | "
        "baby presses | baby is pressing | the baby kicks | nearly pissed myself | almost pissed myself | "
        "nearly pissed | "
        "laxative | laxatives | senna | dulcolax | movicol | lactulose | prune juice | tummy bug | "
        "stomach bug | food poisoning | dodgy curry | upset stomach | gastroenteritis | norovirus | "
        "ibs | irritable bowel | dementia | alzheimers"
    ),
    Tag.SHY: _words(
        "stage fright | shy bladder | paruresis | pee shy | in front of someone | in front of people | "
        "in front of the nurse | in front of the doctor | someones next to me | someone next to me | people around | "
        "at urinals | at the urinal | at a urinal | public toilets | public toilet | public loos | a queue | "
        "queue behind me | pub loos | pub toilets | listening outside | someone listening | listening at the door"
    ),
    Tag.NOT_PATIENT: _words(
        "2 year old | 3 year old | 4 year old | 5 year old | 6 year old | toddler | potty | little one | my baby | "
        "the baby | little boy | little girl | my cat | my dog | the cat | the dog | our cat | our dog | my puppy | "
        "the puppy | my kitten | 1 yr old | 1 yrs old | 1 year old | 1 years old | 2 yr old | 2 yrs old | "
        "2 years old | 3 yr old | 3 yrs old | 3 years old | 4 yr old | 4 yrs old | 4 years old | 5 yr old | "
        "5 yrs old | 5 years old | 6 yr old | 6 yrs old | 6 years old | 7 yr old | 7 yrs old | 7 year old | "
        "7 years old | 8 yr old | 8 yrs old | 8 year old | 8 years old | 9 yr old | 9 yrs old | 9 year old | "
        "9 years old | 10 yr old | 10 yrs old | 10 year old | 10 years old | 11 yr old | 11 yrs old | 11 year old | "
        "11 years old | 12 yr old | 12 yrs old | 12 year old | 12 years old | labrador | the vet | "
        "one of my little ones | my granddaughter is | my grandson is | potty training | nursery | at nursery | "
        "preschool | playgroup | potty trained | his teacher | her teacher | school rang | nursery rang | "
        "my dogs | my cats"
    ),
    Tag.DOUBT: _words(
        "i thought it was | thought it was | i assumed it was | assumed it was | i put it down to | put it down to | "
        "blamed it on | i blamed it on | probably just | its probably | probably the | might just be | "
        "i expect its | i expect thats | i guess its | i reckon its | maybe its just | could just be | "
        "its just old age | just old age | just my age | its my age | its just my age | old age | my age | "
        "put it all down to | i put it all down to | put it down to the | even when im not | even when im stood | "
        "even when im standing | even when not sitting | even when im not sitting | i think its | i think it is | "
        "i think thats | think its because"
    ),
    Tag.RESOLVED: _words(
        "it went away | went away | it wore off | wore off | came straight back | came back when i | "
        "came back as soon as | back to normal | fine once | fine after | ok once | it stopped | it cleared | "
        "cleared up | settled down | it settled | went off | went off when | years back | years ago | "
        "was years ago | that was years | ages ago | long time ago | came back like | all came back | "
        "feeling came back | came back fine | came back after | came back later | back to normal now | "
        "all back to normal | fine as soon as | went as soon as | back as soon as | gone as soon as | fine after a | "
        "ok after a | better after a | fine after a sleep | fine by the morning | fine the next day | "
        "fine next day | feeling was normal | it was all clear | was all clear | all fine now | fine now | "
        "all good now | "
        "fine the minute | fine the moment | normal the minute | fine ever since | been fine since | "
        "totally fine since | fine since | all normal since | normal since | "
        "fine by teatime | came back like they said | like they said it would | like they said they would | "
        "as they said it would | as they said they would | like they warned | as they warned | "
        "numbness wore off | numbness passed | "
        "numbness settled | numbness went away | tingling stopped | "
        "tingling settled | tingling passed | tinglings settled | tingling wore off | "
        "fine by morning | fine by the next morning | fine the morning after | gone by morning | "
        "gone by the morning"
    ),
}
