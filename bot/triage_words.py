"""The red-flag vocabulary: everyday words mapped onto the concepts triage reasons with.

This is the table a clinician reviews (see docs/red-flags.md for each rule's source).
Words are matched after folding (lower case, no accents or apostrophes: "can't" is
"cant") and typo correction, as whole words or whole phrases; a word ending in `*`
matches any word that starts with it. Phrases win over the single words inside
them, so "no feeling" is a loss of sensation, never a denial.
"""

from __future__ import annotations

from enum import StrEnum


class Tag(StrEnum):
    AREA = "area"  # saddle area: genitals, anus, buttocks, perineum, inner thighs
    TOUCH = "touch"  # everyday saddle contact: wiping, toilet seat, shaving, a saddle
    SENSE = "sense"  # numbness, tingling, "feels weird"
    NOFEEL = "nofeel"  # can't feel, no feeling, didn't feel it
    BLADDER = "bladder"
    BOWEL = "bowel"
    TOILET = "toilet"  # the loo: bladder or bowel, whichever
    SEX = "sex"
    CANT = "cant"  # can't, unable, trouble, struggling, straining
    CONTROL = "control"  # lost control, can't hold it, can't stop it
    LEAK = "leak"  # leaking, dribbling, accidents, pads
    UNAWARE = "unaware"  # no urge, don't know when, didn't realise
    LEAKED = "leaked"  # a bladder or bowel accident said in one phrase: "wet the bed"
    LEG = "leg"  # one leg, foot, or "legs" without a side
    LEGS = "legs"  # legs or feet in the plural
    BOTH = "both"  # both, either, neither, each: bilateral only next to a leg word
    SIDES = "sides"  # bilateral in itself: both sides, the other leg too
    SIDE = "side"  # one side: left, right, one leg
    SOFT_AREA = "soft_area"  # a buttock or bum cheek: one-sided numbness there is ordinary sciatica
    SEVERE_WALK = "severe_walk"  # crawling, walking like a drunk, collapsing: a red flag without a side
    NOISE = "noise"  # phrases that look like red-flag words and are not: "a wee bit", "blood flow"
    WEAK = "weak"  # weakness said by what the legs do: giving way, dragging, can't walk
    PAIN = "pain"
    BACK = "back"
    CHEST = "chest"
    TRAUMA = "trauma"  # a serious accident or fall
    NEG = "neg"  # no, not, never, without
    FINE = "fine"  # fine, normal, no problems
    CHRONIC = "chronic"  # for years, always had, no change
    NEW = "new"  # since yesterday, suddenly, getting worse, not normal for me
    IF = "if"  # a hypothetical: "what if", "should I go to A&E if"
    PAST = "past"  # last year, went away, fine now
    IDIOM = "idiom"  # laughing, after the gym, on a long drive
    GENERIC = "generic"  # you, someone, people: a general question
    PERSON = "person"  # I, my, he, she, my husband: a report about someone
    CES = "ces"  # the name itself
    FEVER = "fever"
    WEIGHT = "weight"
    CANCER = "cancer"
    LUMP = "lump"
    SHOULDERS = "shoulders"
    NONSTOP = "nonstop"  # pain that never eases, even at rest
    ASK = "ask"  # words that open a general question
    READ = "read"  # "I read that", "what to look out for": information, not a report
    ALTERED = "altered"  # derived: a feeling word beside an odd word
    FEELING = "feeling"  # feel, feels, sensation: altered feeling when beside "like", "weird", "not"
    ODD = "odd"  # weird, strange, different, wrong: a change when beside a feeling or the area
    STOP = "stop"  # and, now, also: a denial ends here


WORDS: dict[Tag, tuple[str, ...]] = {
    Tag.READ: (
        "i read", "ive read", "i heard", "ive heard", "i saw", "read that", "heard that", "read about", "leaflet",
        "article", "website", "google", "googled", "googling", "nhs says", "nhs website", "look out for",
        "watch out for", "keep an eye out", "what to look for", "red flag", "red flags", "warning sign",
        "warning signs", "signs of", "symptoms of", "told to watch", "told me to watch", "told me to look out",
        "just in case", "worried about getting", "scared of getting", "worried it could be", "curious",
    ),
    Tag.FEELING: ("feel", "feels", "felt", "feeling", "sensation", "sensations"),
    Tag.ODD: (
        "weird", "strange", "odd", "different", "wrong", "funny", "not mine", "not my own", "like cardboard",
        "cardboard", "like a cushion", "cushion", "rubber", "rubbery", "cold", "like nothing", "nothing",
        "less", "muffled", "distant", "alien", "off",
        "somebody elses", "someone elses", "not part of me", "belongs to someone else",
        "gloves", "thick gloves", "through gloves", "gone to sleep", "asleep",
    ),
    Tag.STOP: ("and", "now", "also", "plus", "so", "then", "because", "cos", "coz"),
    Tag.AREA: (
        "genital*", "groin", "crotch", "privates", "private parts", "private area", "down there", "down below",
        "my bits", "her bits", "his bits", "the bits", "lady bits", "lady garden", "back passage", "bum", "bums",
        "bumhole", "bum hole", "arse", "arsehole", "ass", "butt", "butt cheeks", "backside", "bottom", "buttock*",
        "bum cheeks", "anus", "anal", "rectum", "rectal", "perine*", "taint", "saddle", "saddle area",
        "between my legs", "between her legs", "between his legs", "between the legs", "between your legs",
        "inner thigh", "inner thighs", "inside of my thighs", "vagina*", "vulva", "labia", "fanny", "front bottom",
        "penis", "willy", "todger", "testicle*", "scrotum", "balls", "undercarriage", "nether region*", "ring",
        "downstairs", "nethers", "where i sit", "where you sit", "sit bones", "clitoris",
        "lady parts", "private bits", "intimate area", "intimate parts", "privates", "tailbone area",
        "middle bit", "the middle", "crack", "bum crack", "perianal",
    ),
    Tag.TOUCH: (
        "wipe", "wiping", "wiped", "toilet paper", "loo roll", "toilet roll", "toilet seat", "loo seat",
        "shaving", "shave", "shower water", "in the shower", "bike seat", "sitting on a saddle", "partners touch",
        "husbands touch", "wifes touch", "when touched", "touch it", "cotton wool", "like a dental injection",
        "dental injection", "like an anaesthetic", "injection at the dentist",
        "bidet", "bidet water", "the water", "pinched", "pinch", "towel", "drying myself", "tampon", "tampons", "period pad",
    ),
    Tag.SENSE: (
        "numb", "numbness", "numbed", "numbing", "tingl*", "pins and needles", "pins n needles",
        "pins needles", "dead", "deadness", "feels dead", "feels weird", "feel weird", "feels odd", "feel odd",
        "feels strange", "feel strange", "feels different", "feel different", "feels funny", "feel funny",
        "weird feeling", "odd feeling", "strange feeling", "funny feeling", "altered feeling", "altered sensation",
        "fizzing", "fizzy", "buzzing", "like cotton wool", "like rubber", "rubbery", "frozen", "prickling",
        "reduced feeling", "less feeling", "reduced sensation", "less sensation", "anaesthesia", "anesthesia",
        "local anaesthetic", "anaesthetic", "anesthetic", "local anesthetic", "gone to sleep", "asleep", "wont wake up",
    ),
    Tag.NOFEEL: (
        "cant feel", "cannot feel", "can not feel", "cant really feel", "couldnt feel", "could not feel",
        "unable to feel", "no feeling", "no sensation", "lost feeling", "lost sensation", "lost the feeling",
        "lost all feeling", "loss of feeling", "loss of sensation", "losing feeling", "lost the sensation",
        "dont feel", "didnt feel", "doesnt feel", "did not feel", "do not feel", "not feel", "not feeling",
        "barely feel", "hardly feel", "cant sense", "no longer feel", "nothing there", "feel nothing",
        "felt nothing", "feel anything", "cant tell",
        "felt like nothing", "feels like nothing", "feel like nothing", "cant feel much", "feel much",
        "felt nowt", "feel nowt", "feel nowt at all", "felt nowt at all", "nowt",
    ),
    Tag.BLADDER: (
        "pee", "pees", "peeing", "peed", "wee", "wees", "weeing", "weed", "weeing", "urin*", "bladder*", "piss*",
        "number one", "number ones", "stream", "flow", "catheter", "waterworks", "pass water", "passing water",
        "passed water", "make water", "wet", "tinkle", "widdle",
        "dribbl*", "trickle", "streams", "the stream", "slash", "a slash", "not needed a wee", "not been for a wee", "not needed the loo", "not needed a pee", "tinkle",
    ),
    Tag.BOWEL: (
        "poo", "poos", "pooing", "pooed", "poop*", "bowel*", "stool", "stools", "faeces", "feces", "number two",
        "number twos", "motion", "motions", "shat", "shit", "shitting", "crap", "wind", "fart*", "trump",
        "open my bowels", "back end", "from behind", "the other end",
    ),
    Tag.TOILET: (
        "toilet", "loo", "the loo", "lavatory", "the bathroom", "bog", "need to go", "needed to go",
        "need to go to the toilet", "if ive been", "whether ive been", "been or not", "if i have been",
        "if i had been",
    ),
    Tag.SEX: (
        "erection*", "erect*", "ejacul*", "orgasm*", "climax*", "get it up", "keep it up", "get hard",
        "stay hard", "sex", "intercourse", "making love", "sex life", "come during", "cum",
        "impoten*", "erectile",
        "cant come", "couldnt come", "felt like nothing", "intimate", "make love",
        "cant get it up", "couldnt get it up", "cant keep it up", "goes soft", "go soft", "went soft", "going soft", "lose my erection", "losing my erection", "got hard", "get hard",
    ),
    Tag.CANT: (
        "cant", "cannot", "can not", "couldnt", "could not", "unable", "not able", "wasnt able", "havent been able",
        "hasnt been able", "trouble", "difficult*", "hard to", "struggl*", "strain", "straining", "strained",
        "problem", "problems", "issue", "issues", "weak stream", "slow stream", "stop start", "stopstart",
        "wont start", "wont come", "nothing comes", "nothing came", "nothing happens", "wont go", "nothing out",
        "retention", "not emptying", "not empty",
        "doesnt empty", "didnt empty", "still full", "feels full", "hasnt gone", "havent gone", "havent been",
        "hasnt been", "not been", "not gone", "stopped", "blocked", "takes ages", "ages to start", "hesitan*",
        "cant start", "cant get", "changed", "change in", "different", "not working", "stopped working",
        "gone weird", "trickle", "dribble", "dribbl*", "not right",
        "cant come", "couldnt come", "push", "pushing", "not come", "doesnt come", "wont come out", "nothing comes out", "barely a trickle",
        "cant get it up", "couldnt get it up", "cant keep it up", "goes soft", "go soft", "went soft", "going soft", "lose my erection", "losing my erection",
        "cnt", "carnt", "cnt pee", "before anything happened", "only a dribble", "for ages before", "properly", "couldnt tell if", "couldnt tell",
    ),
    Tag.CONTROL: (
        "no control", "lost control", "loss of control", "losing control", "out of control", "cant control",
        "cannot control", "couldnt control", "cant hold", "cant hold it", "cannot hold", "cant stop", "couldnt stop",
        "couldnt hold", "unable to control", "unable to hold", "unable to stop", "cant keep it in", "weak bladder",
        "control of my", "control over", "no warning", "cant get to the toilet in time", "not in time",
        "didnt make it", "didnt make it to the", "cant make it to the", "in time",
    ),
    Tag.LEAK: (
        "leak*", "dribbl*", "accident", "accidents", "pad", "pads", "nappy", "nappies", "incontinen*", "soil*",
        "wet myself", "wetting myself", "wetting", "messed myself", "messed", "seep*", "trickl*", "damp",
    ),
    Tag.UNAWARE: (
        "no urge", "no need", "dont feel the need", "dont feel the urge", "didnt feel the need", "didnt feel the urge",
        "not feel the need", "not feel the urge", "not feeling the need", "not feeling the urge", "cant feel the need",
        "cant feel the urge", "dont know when", "didnt know", "dont know if", "not know when", "dont know whether",
        "cant tell if", "cant tell when", "cant tell whether", "didnt realise", "didnt realize", "not realising",
        "without realising", "without realizing", "without noticing", "without knowing", "didnt notice",
        "dont notice", "not notice", "not noticing", "never notice", "unaware", "not aware", "no idea when",
        "no sensation", "didnt feel it", "dont feel it", "cant feel it", "not feel it", "no warning",
        "dont get the urge", "dont get the feeling", "dont get the need", "never get the urge", "havent had the urge", "lost the urge", "no longer get the urge", "realise hours later", "ive not been", "find out after", "dont get the sensation", "no feeling i need",
        "not needed", "hasnt needed", "havent needed", "not needed to", "no need to go", "not been for a wee", "not been to the loo", "not needed the loo", "not needed a wee", "hasnt needed the loo", "didnt need to go",
        "couldnt tell if", "couldnt tell whether", "cant tell if i", "still going or", "or had finished", "if i had finished", "if ive finished",
    ),
    Tag.LEAKED: (
        "wet the bed", "wet my bed", "wet bed", "wet myself", "wet herself", "wet himself", "weed myself",
        "peed myself", "pissed myself", "wet my pants", "wet my trousers", "wet my knickers", "peed the bed",
        "soiled myself", "soiled", "pooed myself", "pooped myself", "shat myself", "messed myself", "messed herself",
        "messed himself", "soiled himself", "soiled herself", "pooed herself", "pooed himself", "wee myself",
        "pee myself", "wetting the bed", "wetting myself", "incontinent", "incontinence", "wearing pads",
        "need pads", "needing pads", "using pads", "wear pads", "wearing a pad", "urinary retention", "retention",
        "soiling himself", "soiling herself", "soiling myself", "wetting himself", "wetting herself", "had an accident", "having accidents", "accident in my pants", "in my pants", "in his pants", "in her pants",
    ),
    Tag.LEG: ("leg", "foot", "thigh", "calf", "knee", "ankle", "toes", "shin", "hip"),
    Tag.LEGS: ("legs", "feet", "thighs", "calves", "knees", "ankles", "hips", "lower limbs", "limbs"),
    Tag.BOTH: (
        "both", "either", "neither", "each", "both my", "both her", "both his", "both of my", "both the",
        "both of them", "both of her", "both of his",
    ),
    Tag.SIDES: (
        "both sides", "each side", "either side", "left and right", "right and left", "two legs", "bilateral*",
        "other leg", "other side", "other foot", "opposite leg", "opposite side", "other one too", "the other one",
        "spread to the other", "spreading to the other", "now in the other", "the other leg", "into the other",
        "both legs", "both feet", "both thighs", "both calves", "both buttocks", "both hips", "both knees",
        "all the way down both", "down both", "in both", "of both", "neither leg", "either leg", "either foot",
        "each leg", "each foot", "both ankles", "both of my legs", "both of her legs", "both of his legs",
        "right too", "left too", "right as well", "left as well", "other leg as well", "other leg too", "both now", "now both", "its in both", "now the left", "now the right", "now my left", "now my right", "now the other", "other ones", "the other ones", "left one is too", "right one is too", "the other one is", "other one is",
    ),
    Tag.SIDE: (
        "left", "right", "one side", "one leg", "one foot", "one buttock", "one cheek", "left side", "right side",
        "only one", "just one", "only the left", "only the right", "just the left", "just the right",
        "single leg", "one sided",
    ),
    Tag.SOFT_AREA: ("buttock", "buttocks", "bum cheek", "butt cheek", "cheek", "glute", "glutes", "hip", "hips"),
    Tag.SEVERE_WALK: (
        "crawl*", "walking like a drunk", "like a drunk", "walk like a drunk", "collaps*", "paralys*", "paralyz*",
        "unsteady", "legs wont hold me", "legs gave way", "legs giving way", "legs give way", "legs buckling",
        "legs buckled", "legs keep giving way", "legs went", "legs just went", "cant feel my legs",
        "cant feel my feet", "legs are useless", "legs like jelly", "off balance", "lost my balance",
        "cant lift my feet", "cant lift either", "feet slapping", "feet dragging", "dragging both",
        "both feet are dragging", "slapping walk", "high stepping", "changed the way i walk", "walking funny",
        "walking strangely", "keep tripping", "keeps tripping", "tripping over my feet", "tripping over my toes",
    ),
    Tag.NOISE: (
        "wee bit", "wee while", "wee one", "wee ones", "blood flow", "energy flow", "qi flow",
        "go on", "let go", "go away", "number of", "bottom of", "at the bottom", "the bottom", "to the bottom",
        "range of motion", "wind down", "fell asleep", "fall asleep", "falling asleep", "dead good", "dead easy",
        "dead nervous", "dead worried", "dead scared", "heart of", "feel better", "feel free", "weeks",
        "wet weather", "wet day", "in the wet", "pads for", "knee pads", "heat pads", "heat pad", "hot water bottle",
        "number", "numbers", "lump sum", "disc bulge", "bulging disc", "baby bump", "my bump", "the bump", "go back", "back to work", "come back", "bladder meridian", "bladder channel",
        "kidney and bladder", "bladder point", "bladder points", "weekly", "weekend", "weekends",
        "a wee bit",
        "not sure", "im not sure", "not certain", "no idea if", "dont know if this matters", "not sure if", "dont want to", "not to worry", "no rush", "not a big deal", "no big deal", "dont mind", "not bothered", "no worries",
        "dont laugh", "not joking", "no joke",
    ),
    Tag.WEAK: (
        "weak*", "giving way", "give way", "gave way", "gives way", "giving out", "gave out", "buckl*",
        "collaps*", "jelly", "dragging", "drag", "drags", "slapping", "slap", "foot drop", "dropping",
        "cant lift", "cannot lift", "cant walk", "cannot walk", "couldnt walk", "can barely walk",
        "cant stand", "couldnt stand", "crawl*", "walking like", "like a drunk", "drunk", "unsteady",
        "wobbly", "wobbling", "tripping", "trip over", "tripped", "stumbl*", "falling over", "fell over",
        "keep falling", "no strength", "no power", "lost strength", "lost power", "useless", "floppy",
        "not working", "wont work", "dont work", "doesnt work", "stopped working", "wont hold me",
        "cant move", "cannot move", "paralys*", "paralyz*", "heavy", "wont move", "wont lift",
        "numb", "numbness", "tingl*", "pins and needles", "dead",
        "works properly", "work properly", "working properly", "weaker", "weakness", "barely stand", "cant stand up",
        "wont do what i tell them", "wont do as theyre told", "flop*", "cant control my legs", "lost control of my legs",
    ),
    Tag.PAIN: (
        "pain*", "sciatic*", "sciatia", "ache*", "aching", "hurt*", "agony", "sore", "shooting", "burning",
        "throbbing", "stabbing", "cramp*",
    ),
    Tag.BACK: (
        "back", "lower back", "spine", "spinal", "lumbar", "disc", "slipped disc", "tailbone", "coccyx", "neck",
        "pelvis", "bum bone",
        "landed on my back", "landed flat on my back", "on my back",
    ),
    Tag.CHEST: ("chest", "chest pain", "tight chest", "chest tightness", "chest is tight"),
    Tag.TRAUMA: (
        "car crash", "car accident", "crash", "crashed", "collision", "road accident", "hit by", "knocked off",
        "knocked down", "fell off", "fell from", "fell down", "fall from", "fall off", "fall down", "bad fall",
        "nasty fall", "serious fall", "serious accident", "big fall", "a fall", "fallen", "came off",
        "thrown off", "landed on my back", "off a ladder", "off the ladder", "down the stairs", "rugby tackle",
        "motorbike accident", "accident at work", "whiplash", "rta",
        "threw me", "thrown from", "was thrown", "came off my horse", "fell off my horse", "landed flat on my back", "landed on", "landed hard", "hit my back",
    ),
    Tag.NEG: (
        "no", "not", "never", "without", "nor", "none", "zero", "isnt", "arent", "havent", "hasnt", "dont",
        "doesnt", "didnt", "wasnt", "werent", "nothing", "nope", 
    ),
    Tag.FINE: (
        "fine", "normal", "ok", "okay", "all good", "alright", "all right", "no problem", "no problems",
        "no issue", "no issues", "no trouble", "no change", "no changes", "unaffected", "working fine",
        "working normally", "as normal", "perfectly", "nothing wrong", "no different", "same as always",
        "still feel", "can feel", "still pee", "can pee", "can still", "could still", "still have feeling",
        "feeling is normal", "feel normal", "ruled out", "rule out", "cleared", "all clear", "no signs",
    ),
    Tag.CHRONIC: (
        "for years", "years", "for ages", "ages", "decades", "since childhood", "since i was", "since having",
        "since the birth", "after kids", "after having", "always", "always had", "long standing",
        "longstanding", "long term", "longterm", "for a long time", "no change", "not changed", "hasnt changed",
        "unchanged", "same as ever", "same as always", "no different", "usual for me", "normal for me",
        "stress incontinence", "diabetic", "diabetes", "neuropathy", "ms", "multiple sclerosis", "for months",
        "months", "old age", "my age", "prostate", "enlarged prostate", "menopause", "post natal", "postnatal",
        "pelvic floor", "since birth", "since the baby",
        "since kids", "since the kids", "since i had", "long time", "always been", "as long as i can remember", "for a decade", "diagnosed with", "my usual", "same as usual", "nothing new", "not new", "no new", "been like that", "been like this for", "stable", "no worse", "not worse", "no worse than usual", "on and off for", "hasnt changed", "no different to", "same as it", "nothing has changed", "nothings changed", "for ten years", "for 10 years", "for a few years", "for many years", "since i was young", "since my 20s", "since my twenties", "since my operation", "since my op", "since childbirth", "since giving birth",
    ),
    Tag.NEW: (
        "suddenly", "sudden", "all of a sudden", "out of nowhere", "since yesterday", "yesterday", "today",
        "this morning", "tonight", "last night", "this afternoon", "this evening", "since monday", "since tuesday",
        "since wednesday", "since thursday", "since friday", "since saturday", "since sunday", "since last",
        "getting worse", "gotten worse", "got worse", "worse and worse", "worsening", "spreading", "new",
        "never had", "never before", "never had this", "started", "starting", "began", "last few days",
        "past few days", "couple of days", "few days", "days", "hours", "overnight", "this week", "last week",
        "since the weekend", "woke up", "this am", "recently", "lately", "anymore", "any more", "no longer",
        "first time", "not normal", "isnt normal", "not normal for me", "not usual", "unusual", "not like me",
        "never like this", "right now", "since the fall", "since the accident", "since my fall", "just now",
        "just started", "just noticed", "noticed", "keeps getting", "progressing", "spread",
        "not like him", "not like her", "not like them", "never like him", "never like her",
        "yday", "yest", "2day", "tdy",
    ),
    Tag.IF: ("if", "what if", "in case", "supposing", "suppose", "hypothetically", "say i", "lets say"),
    Tag.PAST: (
        "last year", "years ago", "year ago", "months ago", "used to", "went away", "gone away", "cleared up",
        "settled", "resolved", "fine now", "ok now", "okay now", "better now", "back to normal", "all gone",
        "recovered", "sorted now", "in the past", "previously", "at the time", "had it before", "once had",
        "back then", "after my op", "after surgery", "after the op",
        "back in", "went after", "it went", "it passed", "passed after", "only lasted", "for an afternoon", "never happened again", "hasnt happened since", "not happened since", "yrs ago", "yr ago", "these days", "when i was pregnant", "after the birth", "once sent", "went away after", "cleared after",
    ),
    Tag.IDIOM: (
        "laugh*", "sneez*", "coughing fit", "gym", "workout", "spin class",
        "spinning class", "leg day", "squats", "marathon", "long drive", "long drives", "long ride", "long rides",
        "bike ride", "bike rides", "cycling", "on a bike", "on my bike", "long flight", "long haul", "long journey",
        "long car journey", "driving for hours", "drinking", "drunk last night", "night out", "pint", "pints",
        "hangover", "watching", "film", "movie", "hours sitting", "sitting for hours", "sat for hours",
        "sitting too long", "sat too long", "after sitting", "hard chair", "hard seat", "pub", "turned to jelly", "jk", "just kidding", "kidding", "pain in the neck", "pain in the bum", "pain in the arse", "pain in the backside", "when i sit for",
        "if i sit for", "sitting a long time", "sat a long time", "pins and needles in my foot",
        "2 year old", "3 year old", "4 year old", "5 year old", "6 year old", "toddler", "potty", "little one", "nearly wet", "almost wet", "makes me want to", "want to wet", "could wet myself",
        "dead leg", "dead legs", "football", "after the train", "on the train", "on the bus", "after the flight", "on a plane", "cinema", "theatre", "concert", "festival", "long meeting", "exam", "squat", "deadlift", "horse riding", "riding", "when i sit too long", "desk all day", "at my desk", "after a long",
        "gone to jelly", "go to jelly", "at the thought", "thought of needles", "meeting", "sat through", "sit through", "sitting through", "from sitting", "match", "on the side",
        "parkrun", "after a run", "running", "jog", "jogging", "after my run", "football practice", "5 a side",
    ),
    Tag.GENERIC: (
        "you", "your", "yourself", "someone", "somebody", "a person", "people", "anyone", "anybody", "patients",
        "one", "a patient", "sufferers", "a man", "a woman",
    ),
    Tag.PERSON: (
        "i", "im", "ive", "id", "ill", "my", "me", "mine", "myself", "we", "our", "us", "he", "hes", "she", "shes",
        "him", "her", "his", "hers", "himself", "herself", "they", "their", "husband", "wife", "partner", "mum",
        "mom", "dad", "mother", "father", "son", "daughter", "nan", "gran", "grandad", "grandma", "brother",
        "sister", "friend", "boyfriend", "girlfriend", "fiance", "hubby", "oh", "missus", "auntie", "uncle",
    ),
    Tag.CES: ("cauda equina", "cauda", "equina", "ces", "cauda equina syndrome"),
    Tag.FEVER: (
        "fever", "feverish", "temperature", "high temperature", "high temp", "a temp", "shivers", "shivering",
        "sweats", "night sweats", "chills", "shaking", "hot and cold", "burning up", "running a temperature",
    ),
    Tag.WEIGHT: (
        "weight loss", "lost weight", "losing weight", "dropped weight", "lost a stone", "lost two stone",
        "lost 2 stone", "lost a lot of weight", "weight has dropped", "clothes are loose", "falling off me",
        "not trying to lose", "without trying", "without dieting", "not dieting",
    ),
    Tag.CANCER: (
        "cancer", "cancers", "tumour", "tumours", "tumor", "chemo", "chemotherapy", "radiotherapy",
        "oncolog*", "malignan*", "metasta*", "lymphoma", "myeloma", "leukaemia", "leukemia", "remission",
    ),
    Tag.LUMP: (
        "lump", "lumps", "swelling", "swollen", "bump", "change in shape", "changed shape",
        "shape of my back", "shape of my spine", "deformity", "curved", "hunched",
    ),
    Tag.SHOULDERS: ("between my shoulder blades", "between the shoulder blades", "between shoulder blades",
                    "shoulder blades", "shoulder blade", "upper back", "thoracic"),
    Tag.NONSTOP: (
        "never eases", "doesnt ease", "does not ease", "wont ease", "not easing", "never lets up",
        "doesnt let up", "even lying down", "even at rest", "even resting", "resting doesnt help",
        "rest doesnt help", "no position helps", "even when resting", "even in bed", "lying still",
        "no matter what position", "nothing eases",
    ),
    Tag.ASK: (
        "what", "whats", "can", "could", "does", "do", "is", "are", "how", "when", "should", "would", "will",
        "which", "why", "may", "might", "is it", "are there", "tell me about", "explain", "define",
        "what is", "what are", "is it possible", "possible", "common", "rare", "risk", "signs", "symptoms",
        "red flags", "red flag", "warning signs", "warning sign", "mean", "means", "meaning", "info",
        "information", "hypothetically", "ever", "cause", "causes", "give", "lead to", "happen", "happens",
    ),
}
