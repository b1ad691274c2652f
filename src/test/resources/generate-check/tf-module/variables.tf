variable "transit_gateway_id" {
  description = "The hub's transit gateway (output of the network module)"
  type        = string
}

variable "tags" {
  type    = map(string)
  default = {}
}
