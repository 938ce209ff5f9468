"""The fixed texts of the safety replies, in code so no FAQ edit can weaken them.

Worded after ../shared/red-flags.md §6 (the 999 reply: action first, name the concern,
do not wait, what to tell the hospital) and §7 (the safety-net under general answers).
"""

# Used if faq.yaml lost its emergency entry: the urgent reply must never depend on an edit.
EMERGENCY_TEXT = """🚨 **Call 999 or go to A&E now.**

What you describe could be a sign of **cauda equina syndrome**, a rare but serious \
problem with the nerves at the bottom of the spine. It needs checking in hospital \
straight away.

• Do not wait to see if it settles, and do not wait for a GP or acupuncture appointment.
• Tell the staff about your back or leg pain, the symptoms you have, and that you are \
worried about cauda equina syndrome.
• Do not drive yourself if your legs are weak or numb.

Deaf or hard of hearing: text relay on 18000."""
DISTRESS_TEXT = (
    "I'm sorry you're having a hard time. If you tell me what's worrying you, I'll do my best to help, "
    "or you can talk to the clinic.\n\nIf you feel unsafe or this is an emergency, call 999."
)
# Appended to an answer when a message mentions red-flag symptoms without reporting them now.
SAFETY_NET_TEXT = (
    "🚑 **If you have any of these now, call 999 or go to A&E:** numbness or tingling around "
    "your genitals or bottom; new trouble peeing or pooing, or controlling them; sciatica, "
    "weakness or numbness in both legs."
)
# Put first when a message has a sign that needs a doctor today but not an ambulance.
URGENT_TEXT = (
    "⚠️ **Please contact your GP today, or call NHS 111**, about what you describe. "
    "If anything changes, or you get numbness around your genitals or bottom, new bladder or "
    "bowel trouble, or symptoms in both legs, call 999 or go to A&E."
)
