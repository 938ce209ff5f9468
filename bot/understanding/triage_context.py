"""Red-flag triage's context words: denial, time, who is meant, a general question,
the GP / NHS 111 signs, and look-alike phrases that are no red flag at all.

Same format as `triage_words` (entries separated by "|", `*` for any ending).
"""

from __future__ import annotations

from bot.understanding.triage_tags import Tag
from bot.understanding.triage_tags import words as _words

CONTEXT_WORDS: dict[Tag, tuple[str, ...]] = {
    Tag.HAVE: _words(
        "i have | ive got | i think i have | i think ive got | i might have | i may have | i must have | "
        "he has | she has | hes got | shes got | has got | have got | think its | think it is | it could be"
    ),
    Tag.WARNING: _words(
        "red flag | red flags | warning sign | warning signs | danger signs | danger sign | serious signs | "
        "emergency | an emergency | emergencies | a and e | a e | 999"
    ),
    Tag.PADS: _words(
        "pad | pads | wearing pads | need pads | needing pads | using pads | wear pads | wearing a pad | "
        "incontinence pads | tena | tena lady"
    ),
    Tag.PERIOD: _words(
        "my period | on my period | during my period | having my period | my periods | time of the month | menstrual"
    ),
    Tag.CONSTIPATED: _words(
        "constipat* | bunged up | bunged me up | bunged me right up | bunged right up | blocked up | backed up"
    ),
    Tag.TIRED: _words(
        "jelly | like jelly | legs like jelly | turned to jelly | gone to jelly | dead | tired | knackered | heavy | "
        "shattered | wobbly | like lead | feel like lead | legs like lead | heavy legs | done in | aching legs | "
        "achy legs | stiff | swollen"
    ),
    Tag.OTHER_SIDE: _words(
        "other leg | other side | other foot | the other one | other one | opposite leg | opposite side | the other leg"
    ),
    Tag.READ: _words(
        "i read | ive read | i heard | ive heard | read that | heard that | read about | leaflet | article | "
        "website | google | googled | googling | nhs says | nhs website | look out for | watch out for | "
        "keep an eye out | what to look for | red flag | red flags | warning sign | warning signs | signs of | "
        "symptoms of | told to watch | told me to watch | told me to look out | just in case | "
        "worried about getting | scared of getting | worried it could be | curious | they talk about | "
        "people talk about | you hear about | thing they talk about | i keep hearing | you hear of | card about | "
        "a card | gave me a card | leaflet about | warning card | ces card | watch for | to watch for | "
        "said to watch | told to look out | said to look out | page says | nhs page | the leaflet says | "
        "leaflet says | card says | website says | says something about | the card says | the nhs website | "
        "asking generally | just asking generally | asking in general | generally speaking | in general | "
        "general question | just a general question | programme about | documentary about | article about | "
        "video about | saw on tv | saw on the telly | read online | on a programme | in a programme | "
        "what do they mean by | what do they mean | what is meant by | what do you mean by | what does it mean by | "
        "ill end up | end up not able | end up like | scared ill | worried ill | afraid ill | those stories | "
        "stories online | discharge letter | letter lists | reasons to come back | reasons to go back | "
        "keeps asking whether | asking whether | asked whether | asks whether | shell get | hell get | ill get | "
        "youll get | theyll get | warned me about | warned about | it says about | says about | it mentions | "
        "can cause | may cause | might cause | could cause"
    ),
    Tag.FEELING: _words("feel | feels | felt | feeling | feelings | sensation | sensations"),
    Tag.ODD: _words(
        "weird | strange | odd | different | wrong | funny | not mine | not my own | like cardboard | cardboard | "
        "like a cushion | cushion | rubber | rubbery | cold | like nothing | nothing | less | muffled | distant | "
        "alien | off | somebody elses | someone elses | not part of me | belongs to someone else | gloves | "
        "thick gloves | through gloves | gone to sleep | asleep | like im sat on | like im sitting on | "
        "like sitting on | like i am sitting on | like ive been sitting on | like sat on | as if im sat on | "
        "as if im sitting on | as if sitting on | as if its not mine | as if it isnt mine | "
        "as if its someone elses | far away | miles away | a long way away | detached | remote | foreign | "
        "unfamiliar | artificial | fake | plastic | padded | like padding | spongy | like a sponge | like foam | "
        "papery | like paper | leathery | like leather | like putty | like clay | like wax | waxy | icy | like ice | "
        "hollow | muted | dulled | blunted | blurry | blurred | hazy | insulated | unplugged | blank | unattached | "
        "separate from me | like a prosthetic"
    ),
    Tag.SPREAD: _words(
        "its now in | now in my | now in her | now in his | spread to | spreading to | spread into | "
        "spreading into | gone into | moved to | moved into | moving to | travelled to | reached my | got into my | "
        "moved up to | moved from | gone up to | spread up to | travelled up to | crept up to | crept into | "
        "up to my | up into my | round to my | its in my | it is in my | its gone to my | its got to my | "
        "has spread | its spread | spread up | moved up | now all | crept up | creeping up | now its up round | "
        "its up round | up round my | and into the"
    ),
    Tag.STOP: _words("and | now | also | plus | so | then | because | cos | coz"),
    Tag.NEG: _words(
        "no | not | never | without | nor | none | zero | isnt | arent | havent | hasnt | dont | doesnt | didnt | "
        "wasnt | werent | nothing | nope | no problems with | no problem with | no issues with | no trouble with | "
        "no issue with | havent been | hasnt been | hadnt been | anywhere near | been anywhere near"
    ),
    Tag.FINE: _words(
        "fine | all good | no problem | no problems | no issue | no issues | no trouble | no change | no changes | "
        "unaffected | working fine | working normally | perfectly | nothing wrong | no different | same as always | "
        "still feel | can feel | still pee | can pee | still have feeling | feeling is normal | ruled out | "
        "rule out | cleared | all clear | no signs | grand | is grand | is fine | is ok | is okay | is normal | "
        "unaffected | is alright | feels ok | feels okay | feels fine | feel everything | can feel everything | "
        "feel it all | feel it fine | no different lately | nothing different lately | are normal | all normal | "
        "everything normal | everything is normal | feels normal | both strong | legs both strong | "
        "legs are strong | legs strong | legs work | both legs work | legs are working | legs working | "
        "no problems with | no problem with | no issues with | no trouble with | no issue with"
    ),
    Tag.CHRONIC: _words(
        "for years | years | for ages | ages | decades | since childhood | since the birth | after kids | always | "
        "always had | long standing | longstanding | long term | longterm | for a long time | no change | "
        "not changed | hasnt changed | unchanged | same as ever | same as always | no different | usual for me | "
        "normal for me | stress incontinence | diabetic | diabetes | neuropathy | ms | multiple sclerosis | "
        "for months | months | prostate | enlarged prostate | menopause | post natal | postnatal | pelvic floor | "
        "since birth | since kids | since the kids | always been | as long as i can remember | for a decade | "
        "diagnosed with | my usual | same as usual | not new | no new | been like that | been like this for | "
        "stable | no worse | not worse | no worse than usual | on and off for | no different to | same as it | "
        "for ten years | for 10 years | for a few years | for many years | since i was young | since my 20s | "
        "since my twenties | since childbirth | since giving birth | never changed | permanent | its permanent | "
        "no different lately | nothing different lately | no change lately | not changed lately | no worse lately | "
        "after having kids | after having children | after having a baby | after having babies | "
        "since i had my kids | since i had the kids | since i had children | since i had my baby | my whole life | "
        "whole life | all my life | all of my life | since forever | my entire life | arthritis | osteoarthritis | "
        "my arthritis | old injury | old football injury | an old injury | old sports injury | old rugby injury | "
        "since having my | since having kids | since having children | since having the kids | "
        "since having my kids | exactly the same | been the same | the same since | same since | "
        "the same ever since | residual | leftover | left over from | nothings changed | nothing has changed | "
        "nothing changed | nothings different | nothing is different | yrs | for yrs | im used to that | "
        "im used to it | used to that | used to it"
    ),
    Tag.SPAN: _words(
        "for a couple of days | couple of days | for a few days | few days | for a day | for a few hours | "
        "for an hour | for a week | for a couple of hours | days | hours"
    ),
    Tag.NEW: _words(
        "suddenly | sudden | all of a sudden | out of nowhere | since yesterday | yesterday | today | this morning | "
        "tonight | last night | this afternoon | this evening | since monday | since tuesday | since wednesday | "
        "since thursday | since friday | since saturday | since sunday | since last | getting worse | gotten worse | "
        "got worse | worse and worse | worsening | spreading | new | never had | never before | never had this | "
        "started | starting | began | last few days | past few days | couple of days | few days | days | hours | "
        "overnight | this week | last week | since the weekend | woke up | this am | recently | lately | anymore | "
        "any more | no longer | first time | not normal | isnt normal | not normal for me | not usual | unusual | "
        "not like me | never like this | right now | since the fall | since the accident | since my fall | "
        "just now | just started | just noticed | noticed | keeps getting | progressing | spread | not like him | "
        "not like her | not like them | never like him | never like her | yday | yest | 2day | tdy | since my back | "
        "since i hurt | since i did my back | since i put my back | since hurting | since lifting | "
        "since the weekend | since the accident | since the fall | since i fell | since my disc | since he hurt | "
        "since she hurt | since his back | since her back | never been a problem before | "
        "never had a problem before | never been like this | never been like that | not like me | like i used to | "
        "as i used to | like i used to be able | since me back | now he says | much worse | worse now | its worse | "
        "now my | now i | worse every day | worse by the day | worse each day | has joined in | joined in | "
        "night before last | day before last | week before last | wasnt like that | wasnt like this | "
        "was not like that | not like that before | wasnt there before | since tea time | since teatime | "
        "since tea | since lunch | since lunchtime | since breakfast | since dinner | since supper | since i woke | "
        "since waking | since i got up | since about | as of | as of late | since mon | since tues | since weds | "
        "since thurs | since fri | since sat | since sun | over the weekend | last weekend | since brekkie | "
        "since my breakfast | since my lunch | since my dinner | since my tea | since lunch time | "
        "since dinner time | this lunchtime | last two wees | last few wees | last couple of wees | last 2 wees | "
        "past few wees | last two pees | last two poos | an hour ago | earlier today | earlier this evening | "
        "fortnight ago | last fortnight | the other day | last 24 hours | past 24 hours | 24hrs | hrs | "
        "out of the blue | out the blue | from nowhere | came on quickly | came on suddenly | within hours | "
        "it came on | since then | since around | since getting up | since i bent | since bending | "
        "since i twisted | since i picked | since i lifted | since i slipped | deteriorat* | going downhill | "
        "gone downhill | gettin worse | getting worst | worse than yesterday | worse than before | a lot worse | "
        "way worse | never happened before | never felt this before | never felt like this | "
        "havent had this before | never experienced | not normal for him | not normal for her | out of character | "
        "dont usually | doesnt usually | do not usually | tonite | 2nite | last nite | yesturday | yesteday | "
        "this mornin | last nicht | unusual feeling | unusual sensation | wee hours | now hes telling | "
        "now shes telling | now hes saying | now shes saying | now she says | for the past | over the past | "
        "in the past few | in the last few | the past few | past 2 days | last 2 days | the past two | days later | "
        "now both | trying for ages | been trying for ages | for ages and nothing | sat there for ages | "
        "sat here for ages | not going away | isnt going away | wont go away | not gone away | hasnt gone away | "
        "hasnt gone | i now | in the past week | the past week | past week | in the last week | this past week | "
        "on monday | on tuesday | on wednesday | on thursday | on friday | on saturday | on sunday | crept up | "
        "creeping up | has crept | its different | this is different | is different now | this time | "
        "this has never happened | has never happened | now its in | its now in | now in both | is back in | "
        "are back in | its back in | back again | is back again | pains back in | pains back | pain is back | "
        "sciaticas back | sciatica is back | getting weaker | got weaker | weaker and weaker | getting number | "
        "more and more numb | getting more numb | always been fine with that before | always been fine before | "
        "was fine before | never had to think about"
    ),
    Tag.IF: _words(
        "if | what if | in case | supposing | suppose | hypothetically | say i | lets say | scared of | afraid of | "
        "worried about | frightened of | terrified of"
    ),
    Tag.PAST: _words(
        "last year | years ago | year ago | months ago | used to | went away | gone away | cleared up | resolved | "
        "fine now | ok now | okay now | better now | back to normal | all gone | recovered | sorted now | "
        "in the past | previously | had it before | once had | back then | went after | it passed | passed after | "
        "only lasted | for an afternoon | never happened again | hasnt happened since | not happened since | "
        "yrs ago | yr ago | when i was pregnant | after the birth | once sent | went away after | cleared after | "
        "last month | that passed | passed off | hasnt come back | hasnt returned | before my op | "
        "before my back op | before the op | before surgery | before my surgery | before the surgery | "
        "before my operation | in january | in february | in march | in april | in may | in june | in july | "
        "in august | in september | in october | in november | in december | went by itself | went on its own | "
        "went away by itself | it went away | after my baby | after my second baby | after my first baby | "
        "after having my | last winter | last summer | last spring | last autumn | normal now | fine once | "
        "ok once | okay once | came straight back | came back when i | came back as soon as | wore off | "
        "went off when | back to normal when | fine when i stood | fine after i stood | fine after a walk | "
        "fine once i walked | fine after a | fine after | ok after a | better after a | back in uni | at uni | "
        "when i was at uni | when i was younger | as a teenager | when i was a kid | years back | "
        "when i was at school | as a kid | as a child | when i was little | months back | weeks back | "
        "a while back | gone now | in 2005 | in 2006 | in 2007 | in 2008 | in 2009 | in 2010 | in 2011 | in 2012 | "
        "in 2013 | in 2014 | in 2015 | in 2016 | in 2017 | in 2018 | in 2019 | in 2020 | in 2021 | in 2022 | "
        "in 2023 | in 2024 | in 2025 | summer before last | summer b4 last | year before last | "
        "never happened since | its never happened since | settled down | its settled | has settled | settled now | "
        "it settled | before christmas | over christmas | last christmas | at easter | last easter | "
        "back in january | back in february | back in march | back in april | back in may | back in june | "
        "back in july | back in august | back in september | back in october | back in november | back in december | "
        "back in spring | back in summer | back in autumn | back in winter | back in the day | back in the summer | "
        "back in the spring | back in the autumn | back in the winter | back in lockdown | back in covid | "
        "back in school | yrs back | i thought i | i thought id | he thought his | she thought her | had a scare"
    ),
    Tag.GENERIC: _words(
        "you | your | yourself | someone | somebody | a person | people | anyone | anybody | patients | one | "
        "a patient | sufferers | a man | a woman"
    ),
    Tag.PERSON: _words(
        "i | im | ive | id | ill | my | me | mine | myself | we | our | us | he | hes | she | shes | him | "
        "her | his | hers | himself | herself | they | their | husband | wife | partner | mum | mom | dad | "
        "mother | father | son | daughter | nan | gran | grandad | grandma | brother | sister | friend | "
        "boyfriend | girlfriend | fiance | hubby | oh | missus | auntie | uncle"
    ),
    Tag.CES: _words("cauda equina | cauda | equina | ces | cauda equina syndrome"),
    Tag.FEVER: _words(
        "fever | feverish | temperature | high temperature | high temp | a temp | shivers | shivering | "
        "sweats | night sweats | chills | shaking | hot and cold | burning up | running a temperature"
    ),
    Tag.WEIGHT: _words(
        "weight loss | lost weight | losing weight | dropped weight | lost a stone | lost two stone | "
        "lost 2 stone | lost a lot of weight | weight has dropped | clothes are loose | falling off me | "
        "not trying to lose | without trying | without dieting | not dieting"
    ),
    Tag.CANCER: _words(
        "cancer | cancers | tumour | tumours | tumor | chemo | chemotherapy | radiotherapy | oncolog* | "
        "malignan* | metasta* | lymphoma | myeloma | leukaemia | leukemia | remission"
    ),
    Tag.LUMP: _words(
        "lump | lumps | swelling | swollen | bump | change in shape | changed shape | shape of my back | "
        "shape of my spine | deformity | curved | hunched"
    ),
    Tag.SHOULDERS: _words(
        "between my shoulder blades | between the shoulder blades | between shoulder blades | "
        "shoulder blades | shoulder blade | upper back | thoracic"
    ),
    Tag.NONSTOP: _words(
        "never eases | doesnt ease | does not ease | wont ease | not easing | never lets up | doesnt let up | "
        "even lying down | even at rest | even resting | resting doesnt help | rest doesnt help | "
        "no position helps | even when resting | even in bed | lying still | no matter what position | "
        "nothing eases"
    ),
    Tag.ASK: _words(
        "what | whats | can | could | does | do | is | are | how | when | should | would | will | which | why | "
        "may | might | is it | are there | tell me about | explain | define | what is | what are | is it possible | "
        "possible | common | rare | risk | signs | symptoms | red flags | red flag | warning signs | warning sign | "
        "mean | means | meaning | info | information | hypothetically | ever | cause | causes | give | lead to | "
        "happen | happens | is it normal | is this normal | is that normal | normal for sciatica | "
        "normal with sciatica | wat | wot | wats | wots"
    ),
}

# "I've got", "I can't", "I keep": a report, even inside "if" or "just in case". Read over a
# clause's words as a whole (not as a concept), so the words inside keep their own meaning.
REPORT_PHRASES = _words(
    "ive got | i have got | ive lost | i have lost | i cant | i cannot | i keep | ive been | "
    "ive noticed | i just noticed | i now have | its now | it is now | ive had | i have had | i am now | "
    "cant feel my | i now cant | now i cant | i can no longer | i no longer | if i stand | "
    "when i stand | every time i | whenever i | each time i | mines been | mine is | mines like | "
    "thats what | happening to me | i just did | im having | i am having | worried that | "
    "concerned that | scared that | he cant | she cant | he keeps | she keeps | come in with | "
    "still come in | hes wet | shes wet | hes just | shes just | hes been | shes been | he has been | she has been | "
    "hes had | shes had | he doesnt know | she doesnt know | have gone | has gone"
)
