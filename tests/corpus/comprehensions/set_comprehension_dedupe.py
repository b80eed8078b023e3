emails = ["A@x.com", "a@x.com", "b@y.org", "B@Y.org", "c@z.net"]
domains = {e.split("@")[1].lower() for e in emails}
print(sorted(domains))
unique = {e.lower() for e in emails}
print(len(unique), sorted(unique))
