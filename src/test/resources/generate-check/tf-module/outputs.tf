output "vpc_id" {
  value = aws_vpc.main.id
}

output "attachment_id" {
  value = aws_ec2_transit_gateway_vpc_attachment.main.id
}
