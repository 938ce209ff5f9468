"""The Telegram adapter, imported one way only: run -> app -> handlers -> render, with
flood beside them. The engine side never imports anything from here."""
