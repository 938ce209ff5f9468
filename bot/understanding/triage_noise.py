"""Look-alikes: everyday phrases that contain red-flag words and mean nothing medical
("a wee bit", "pain in the bum", "nearly wet myself laughing"). A phrase here is
skipped whole, so no word inside it counts.

Same format as `triage_words` (entries separated by "|", `*` for any ending).
"""

from __future__ import annotations

from bot.understanding.triage_tags import Tag
from bot.understanding.triage_tags import words as _words

NOISE_WORDS: dict[Tag, tuple[str, ...]] = {
    Tag.NOISE: _words(
        "dead on my feet | dead on his feet | dead on her feet | wee bit | wee while | wee one | wee ones | "
        "blood flow | energy flow | qi flow | go on | let go | go away | number of | bottom of | at the bottom | "
        "the bottom | to the bottom | range of motion | wind down | fell asleep | fall asleep | falling asleep | "
        "dead good | dead easy | dead nervous | dead worried | dead scared | heart of | feel better | feel free | "
        "weeks | wet weather | wet day | in the wet | pads for | knee pads | heat pads | heat pad | "
        "hot water bottle | number | numbers | lump sum | disc bulge | bulging disc | baby bump | my bump | "
        "the bump | go back | back to work | come back | bladder meridian | bladder channel | kidney and bladder | "
        "bladder point | bladder points | weekly | weekend | weekends | a wee bit | not sure | im not sure | "
        "not certain | no idea if | dont know if this matters | not sure if | dont want to | not to worry | "
        "no rush | not a big deal | no big deal | dont mind | not bothered | no worries | dont laugh | not joking | "
        "no joke | weak at the knees | go weak at the knees | went weak at the knees | there isnt one | "
        "there wasnt one | isnt one | off my chest | a lot off my chest | get it off my chest | "
        "pooing myself about | pooping myself about | pooing myself over | shitting myself about | bricking it | "
        "pooing myself about the needles | chest feels fine | chest is fine | chest fine | chest is ok | "
        "chest feels ok | chest is okay | nothings new | nothing new | nothing is new | dog had an accident | "
        "the dog had an accident | puppy had an accident | cat had an accident | dogs accident | the dogs accident | "
        "an accident on the floor | an accident on the kitchen floor | an accident on the carpet | if im honest | "
        "if i am honest | if im being honest | if that makes sense | if you know what i mean | if that helps | "
        "as if | even if | if anything | know if | sure if | wonder if | wondering if | see if | check if | ask if | "
        "asking if | hay fever | hayfever | both hands | in both hands | both arms | in both arms | both wrists | "
        "both elbows | both shoulders | both eyes | both ears | arthritis in both | arthritis in both knees | "
        "arthritis in both hips | arthritic knees | both knees replaced | both hips replaced | knee replacements | "
        "hip replacements | made it just in time | made it in time | just made it | back legs | hind legs | "
        "his back legs | her back legs | its back legs | ball of my foot | ball of the foot | water retention | "
        "fluid retention | retaining water | water tablets | middle of the night | in the middle of | "
        "go downstairs | going downstairs | walking downstairs | get downstairs | on my crutch | with my crutch | "
        "on a crutch | give me a ring | give you a ring | give us a ring | ring me | ring you | wedding ring | "
        "dead stiff | dead tired | dead skin | frozen shoulder | pinched nerve | pinched a nerve | "
        "not feeling great | not feeling well | not feeling too good | dont feel well | dont feel great | "
        "feel much better | feeling much better | not touching the pain | isnt touching it | not touching it | "
        "painkillers not working | tablets not working | cant stand needles | cant stand up straight | "
        "isnt there anything | isnt there something | pissed off | pissing down | taking the piss | front crawl | "
        "pub crawl | baby crawling | sleep paralysis | blocked toilet | toilet is blocked | playing bowls | "
        "my bowls club | back end of | dog poo | poo bags | feel crap | feeling crap | feel like shit | nowt wrong | "
        "for nowt | hesitant to | trouble is | the problem is | hard to say | hard to explain | hard to describe | "
        "havent been well | not been well | not been sleeping | didnt know what | no idea why | no need to worry | "
        "messed up | messed around | come out in a rash | come out of hospital | damp weather | the damp | "
        "the soil | leaky gut | wet cupping | wet and windy | go with the flow | bum deal | bum bag | "
        "pain in the butt | pain in the ass | bottom line | wee man | wee boy | wee girl | wee dog | wee question | "
        "wee minute | heavy lifting | something heavy | flip flops | stumbled across | giving out to | "
        "general anaesthetic | injected with steroids | bar stool | motion sickness | weakend | weeping | "
        "gave out to | alternating hot and cold | hot and cold packs | hot and cold compress | "
        "hot and cold therapy | heat and ice | hot or cold | nearly wet myself laughing | "
        "almost wet myself laughing | nearly peed myself laughing | wet myself laughing | peed myself laughing | "
        "nearly wet myself with laughter | new bike | new saddle | new bike saddle | new shoes | new chair | "
        "new mattress | new job | new car | no laughing matter | laughed it off | laugh it off | "
        "not a laughing matter | months pregnant | weeks pregnant | months old | years old | year old | weeks old | "
        "always been active | always been fit | always been healthy | always been well | tackled the | "
        "tumble dryer | chest of drawers | chest infection | chesty cough | came off my painkillers | "
        "came off my meds | came off my tablets | came off them | crashed out | fall out | falling out | "
        "a fall out | and i both | we both | and me both | us both | cant have sex because | "
        "cant have sex at the moment | get to the toilet | get to the loo | get off the toilet | get off the loo | "
        "up the stairs to the loo | get on the toilet | getting to the toilet | getting to the loo | "
        "either side of the bed | on either side | sleep on either side | lie on either side | "
        "both sides of my back | both sides of my lower back | both sides of the back | collapsed on the sofa | "
        "collapse on the sofa | collapsed into bed | paralysed with fear | paralyzed with fear | wipe down | "
        "wiping down | wipe the worktop | wipe the table | wiping the table | wipe up | from the dental injection | "
        "from the dentist | at the dentist | cramp | cramps | cramping | crampy | nearly shat myself | "
        "almost shat myself | nearly pooed myself | almost pooed myself | nearly messed myself | "
        "nearly crapped myself | almost crapped myself | nearly shit myself | almost shit myself | "
        "nearly pissed myself | almost pissed myself | knees went weak when | knees go weak when | "
        "weak in the knees | knees went weak at | on the other side of things | other side of things | "
        "on the other hand"
    ),
}
