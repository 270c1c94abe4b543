"""The team: who works in Webcare with which roles, and the service policy they work by.

`policy` computes office time (pure: no storage); `closing` knows the Dutch holidays the
municipality closes on; `store` keeps the policy in the database, `members` the users and
their roles; `desk` is the door through which the interface and the command line reach both.
"""
