"""new_event"""
